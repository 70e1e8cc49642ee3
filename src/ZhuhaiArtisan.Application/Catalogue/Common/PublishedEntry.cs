using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.Common;

/// <summary>An edition's entry with its item's status today, read together.</summary>
public sealed record PublishedEntry(CatalogueEditionEntry Entry, CatalogueItemStatus Status);
