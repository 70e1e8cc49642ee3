using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Training.Enrolments.Rules;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;
using ZhuhaiArtisan.Domain.Training.TrainingClasses.Rules;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Domain.Training.Enrolments;

/// <summary>
/// A talent's place in a class (报名), with the hours attended so far. A talent is enrolled in a
/// class once; the seat itself is taken on the class (see <see cref="TrainingClass.EnrolledCount"/>).
/// </summary>
public sealed class Enrolment : AggregateRoot, IVersioned
{
    /// <summary>The most hours one session date can hold.</summary>
    public const decimal MaxHoursPerSession = 24m;

    private Enrolment()
    {
    }

    public EnrolmentId Id { get; private set; }

    public TrainingClassId ClassId { get; private set; }

    public TalentId TalentId { get; private set; }

    public decimal AttendedHours { get; private set; }

    /// <summary>The partner that pushed it, if one did.</summary>
    public PartnerClientId? PushedByPartner { get; private set; }

    public DateTimeOffset EnrolledAt { get; private set; }

    public int Version { get; private set; }

    public static Enrolment Enrol(
        EnrolmentId id,
        TrainingClass trainingClass,
        bool itemAcceptsEnrolment,
        TalentId talentId,
        PartnerClientId? pushedByPartner,
        DateOnly today,
        DateTimeOffset now)
    {
        CheckRule(new ClassMustNotHaveEndedRule(trainingClass.EndDate, today));
        CheckRule(new CatalogueItemMustAcceptEnrolmentRule(itemAcceptsEnrolment));
        return new Enrolment
        {
            Id = id,
            ClassId = trainingClass.Id,
            TalentId = talentId,
            PushedByPartner = pushedByPartner,
            EnrolledAt = now,
            Version = 1,
        };
    }

    /// <summary>
    /// Records the hours attended on a session date: a new record, or the date's record replaced
    /// (<paramref name="existing"/>). The date lies in the class period and the total never
    /// exceeds the class's planned hours. Returns the new record, or null when one was replaced.
    /// </summary>
    public AttendanceRecord? RecordAttendance(TrainingClass trainingClass, AttendanceRecord? existing, DateOnly sessionDate, decimal hours, DateTimeOffset now)
    {
        if (existing is not null && (existing.EnrolmentId != Id || existing.SessionDate != sessionDate))
        {
            throw new InvalidOperationException("The record replaced is this enrolment's, of the same date.");
        }

        CheckRule(new SessionMustFallInClassPeriodRule(sessionDate, trainingClass.StartDate, trainingClass.EndDate));
        var total = AttendedHours - (existing?.Hours ?? 0m) + hours;
        CheckRule(new AttendanceMustNotExceedPlannedHoursRule(total, trainingClass.PlannedHours));
        AttendedHours = total;
        Version++;
        if (existing is null)
        {
            return AttendanceRecord.Of(Id, sessionDate, hours, now);
        }

        existing.Replace(hours, now);
        return null;
    }
}
