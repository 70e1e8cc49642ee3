using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;

namespace ZhuhaiArtisan.Application.Catalogue.GetCatalogueEdition;

/// <summary>Public: one edition by its number, or the current (latest) one when the number is null.</summary>
public sealed record GetCatalogueEditionQuery(int? Number) : IQuery<CatalogueEditionDto>;
