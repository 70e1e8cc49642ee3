using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <param name="TalentId">The trainee.</param>
/// <param name="Result">passed or failed.</param>
/// <param name="CertificateId">The skill certificate the training led to, one of the talent's (optional).</param>
/// <param name="CompletedOn">The completion date, a local date; not before the class ends.</param>
public sealed record RecordCompletionRequest(Guid? TalentId, AssessmentResult? Result, Guid? CertificateId, DateOnly? CompletedOn);
