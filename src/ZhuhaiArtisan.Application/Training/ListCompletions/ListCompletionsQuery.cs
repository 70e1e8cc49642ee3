using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Training.ListCompletions;

/// <summary>The completions of a class, optionally only the accepted or the rejected ones.</summary>
public sealed record ListCompletionsQuery(Guid ClassId, CompletionStatus? Status, int? Limit, string? Cursor) : IQuery<Page<TrainingCompletionDto>>;
