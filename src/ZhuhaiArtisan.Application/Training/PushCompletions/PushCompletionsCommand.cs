using Mediator;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushCompletions;

/// <summary>
/// 技行珠海 pushes completions: each row recorded, or corrected by its external id, and matched
/// against the enrolment (accepted, or rejected with coded mismatches: the row itself is taken).
/// </summary>
public sealed record PushCompletionsCommand(IReadOnlyList<CompletionPushRow?>? Rows) : ICommand<PartnerPushResultDto>;
