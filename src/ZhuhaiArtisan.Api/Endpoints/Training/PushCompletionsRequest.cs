using ZhuhaiArtisan.Application.Training.PushCompletions;

namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <param name="Rows">1 to 10,000 completions, each under the partner's own externalId.</param>
public sealed record PushCompletionsRequest(IReadOnlyList<CompletionPushRow?>? Rows);
