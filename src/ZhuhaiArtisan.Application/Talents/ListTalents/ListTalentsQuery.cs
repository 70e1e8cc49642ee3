using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.ListTalents;

/// <summary>The talents the caller may see, summarised and masked, ordered by name, filtered by any of the criteria.</summary>
public sealed record ListTalentsQuery(
    string? District,
    TalentOrigin? Origin,
    Guid? Employer,
    Guid? School,
    JobSeekingStatus? JobSeeking,
    int? Limit,
    string? Cursor) : IQuery<Page<TalentSummaryDto>>;
