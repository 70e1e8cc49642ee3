using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;

/// <summary>The <c>data</c> of <c>training.completion.accepted</c> and <c>training.completion.rejected</c>.</summary>
/// <param name="Mismatches">Why the completion does not match its enrolment; empty when accepted.</param>
/// <param name="Href">Where the completion is read (and corrected).</param>
public sealed record TrainingCompletionWebhookData(
    Guid CompletionId,
    Guid ClassId,
    Guid TalentId,
    CompletionStatus Status,
    AssessmentResult? Result,
    IReadOnlyList<CompletionMismatch> Mismatches,
    DateTimeOffset DecidedAt,
    string Href)
{
    public static string HrefOf(Guid classId, Guid completionId) => $"/api/v1/training-classes/{classId}/completions/{completionId}";
}
