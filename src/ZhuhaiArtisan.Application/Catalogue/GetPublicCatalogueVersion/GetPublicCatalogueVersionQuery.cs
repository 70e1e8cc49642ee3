using Mediator;

namespace ZhuhaiArtisan.Application.Catalogue.GetPublicCatalogueVersion;

/// <summary>The public catalogue's version, for ETags: one indexed read, so an unchanged catalogue answers 304 at once.</summary>
public sealed record GetPublicCatalogueVersionQuery : IQuery<PublicCatalogueVersion>;
