using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Application.ReferenceData.ListOccupations;

/// <param name="Search">Matches the Chinese or English name, or the start of the code.</param>
/// <param name="Cluster">A cluster code: only occupations serving that cluster.</param>
public sealed record ListOccupationsQuery(string? Search, string? Cluster, int? Limit, string? Cursor) : IQuery<Page<OccupationDto>>;
