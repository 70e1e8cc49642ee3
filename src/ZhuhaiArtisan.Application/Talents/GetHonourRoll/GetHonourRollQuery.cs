using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Application.Talents.GetHonourRoll;

/// <summary>Public: the craftsmen and technical experts who consented to publication, newest year first.</summary>
public sealed record GetHonourRollQuery(int? Year, HonourKind? Kind, int? Limit, string? Cursor) : IQuery<Page<HonourRollEntryDto>>;
