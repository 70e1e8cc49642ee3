using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>
/// A completion as matched against the enrolment: accepted, or rejected with each mismatch
/// coded (not-enrolled, attendance-below-required-hours, certificate-not-the-talents,
/// completed-before-class-end, certificate-without-pass). The ETag is its version.
/// </summary>
public sealed record TrainingCompletionDto(
    Guid Id,
    Guid ClassId,
    Guid TalentId,
    Guid? EnrolmentId,
    AssessmentResult Result,
    Guid? CertificateId,
    DateOnly CompletedOn,
    CompletionStatus Status,
    IReadOnlyList<CompletionMismatch> Mismatches,
    Guid? PushedByPartner,
    DateTimeOffset RecordedAt,
    int Version)
{
    public static TrainingCompletionDto Of(TrainingCompletion c) =>
        new(
            c.Id.Value,
            c.ClassId.Value,
            c.TalentId.Value,
            c.EnrolmentId?.Value,
            c.Result,
            c.CertificateId?.Value,
            c.CompletedOn,
            c.Status,
            c.Mismatches,
            c.PushedByPartner?.Value,
            c.RecordedAt,
            c.Version);
}
