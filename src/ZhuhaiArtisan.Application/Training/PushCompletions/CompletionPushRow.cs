using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Training.PushCompletions;

/// <summary>
/// A completion as 技行珠海 keeps it: the class (by id or the partner's own), the talent (by id, or
/// by identity document in trainee: documentType and identityNumber, no registration), the
/// result, the date and optionally the certificate.
/// </summary>
public sealed record CompletionPushRow(
    string? ExternalId,
    Guid? ClassId,
    string? ClassExternalId,
    Guid? TalentId,
    TraineeInput? Trainee,
    AssessmentResult? Result,
    Guid? CertificateId,
    DateOnly? CompletedOn) : ICompletionInput;
