using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;
using ZhuhaiArtisan.Domain.Training.Completions.Events;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Domain.Training.Completions;

/// <summary>
/// A trainee's completion of a class (结业): the assessment result and, optionally, the skill
/// certificate it led to. It is matched against the enrolment when recorded and again when
/// corrected (the data lock of DESIGN §6): accepted, or rejected with every mismatch coded.
/// One per talent and class.
/// </summary>
public sealed class TrainingCompletion : AggregateRoot, IVersioned
{
    private List<string> _mismatches = [];

    private TrainingCompletion()
    {
    }

    public TrainingCompletionId Id { get; private set; }

    public TrainingClassId ClassId { get; private set; }

    public TalentId TalentId { get; private set; }

    /// <summary>The enrolment it matched; null when the talent is not enrolled in the class.</summary>
    public EnrolmentId? EnrolmentId { get; private set; }

    public AssessmentResult Result { get; private set; }

    public SkillCertificateId? CertificateId { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    public CompletionStatus Status { get; private set; }

    public IReadOnlyList<CompletionMismatch> Mismatches => _mismatches.Select(Enum.Parse<CompletionMismatch>).ToList();

    public PartnerClientId? PushedByPartner { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public int Version { get; private set; }

    public static TrainingCompletion Record(
        TrainingCompletionId id,
        TrainingClass trainingClass,
        TalentId talentId,
        Enrolment? enrolment,
        AssessmentResult result,
        SkillCertificate? certificate,
        SkillCertificateId? certificateId,
        DateOnly completedOn,
        PartnerClientId? pushedByPartner,
        DateTimeOffset now)
    {
        var completion = new TrainingCompletion
        {
            Id = id,
            ClassId = trainingClass.Id,
            TalentId = talentId,
            PushedByPartner = pushedByPartner,
            Version = 1,
        };
        completion.Apply(trainingClass, enrolment, result, certificate, certificateId, completedOn, now);
        return completion;
    }

    /// <summary>
    /// The result, certificate or date corrected: matched again, and its event raised again. A
    /// correction that changes nothing is none.
    /// </summary>
    public bool Correct(
        TrainingClass trainingClass,
        Enrolment? enrolment,
        AssessmentResult result,
        SkillCertificate? certificate,
        SkillCertificateId? certificateId,
        DateOnly completedOn,
        DateTimeOffset now)
    {
        if (result == Result && certificateId == CertificateId && completedOn == CompletedOn
            && enrolment?.Id == EnrolmentId && Check(trainingClass, TalentId, enrolment, result, certificate, certificateId, completedOn).Select(m => m.ToString()).SequenceEqual(_mismatches))
        {
            return false;
        }

        Version++;
        Apply(trainingClass, enrolment, result, certificate, certificateId, completedOn, now);
        return true;
    }

    /// <summary>The data lock: every way the completion fails to match the enrolment.</summary>
    /// <param name="certificate">The certificate found by <paramref name="certificateId"/>, whoever's it is; null when there is none.</param>
    public static IReadOnlyList<CompletionMismatch> Check(
        TrainingClass trainingClass,
        TalentId talentId,
        Enrolment? enrolment,
        AssessmentResult result,
        SkillCertificate? certificate,
        SkillCertificateId? certificateId,
        DateOnly completedOn)
    {
        var mismatches = new List<CompletionMismatch>();
        if (enrolment is null || enrolment.ClassId != trainingClass.Id || enrolment.TalentId != talentId)
        {
            mismatches.Add(CompletionMismatch.NotEnrolled);
        }
        else if (enrolment.AttendedHours < trainingClass.PlannedHours)
        {
            mismatches.Add(CompletionMismatch.AttendanceBelowRequiredHours);
        }

        if (certificateId is not null && (certificate is null || certificate.Id != certificateId || certificate.TalentId != talentId))
        {
            mismatches.Add(CompletionMismatch.CertificateNotTheTalents);
        }

        if (certificateId is not null && result == AssessmentResult.Failed)
        {
            mismatches.Add(CompletionMismatch.CertificateWithoutPass);
        }

        if (completedOn < trainingClass.EndDate)
        {
            mismatches.Add(CompletionMismatch.CompletedBeforeClassEnd);
        }

        return mismatches;
    }

    private void Apply(
        TrainingClass trainingClass,
        Enrolment? enrolment,
        AssessmentResult result,
        SkillCertificate? certificate,
        SkillCertificateId? certificateId,
        DateOnly completedOn,
        DateTimeOffset now)
    {
        var mismatches = Check(trainingClass, TalentId, enrolment, result, certificate, certificateId, completedOn);
        EnrolmentId = enrolment?.Id;
        Result = result;
        CertificateId = certificateId;
        CompletedOn = completedOn;
        RecordedAt = now;
        _mismatches = mismatches.Select(m => m.ToString()).ToList();
        Status = mismatches.Count == 0 ? CompletionStatus.Accepted : CompletionStatus.Rejected;
        AddDomainEvent(Status == CompletionStatus.Accepted
            ? new TrainingCompletionAcceptedDomainEvent(Id, ClassId, trainingClass.InstitutionId, TalentId, result, PushedByPartner, now)
            : new TrainingCompletionRejectedDomainEvent(Id, ClassId, trainingClass.InstitutionId, TalentId, mismatches, PushedByPartner, now));
    }
}
