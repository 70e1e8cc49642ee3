using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueEditions;

/// <summary>Public: every edition published, newest first.</summary>
public sealed record ListCatalogueEditionsQuery(int? Limit, string? Cursor) : IQuery<Page<CatalogueEditionDto>>;
