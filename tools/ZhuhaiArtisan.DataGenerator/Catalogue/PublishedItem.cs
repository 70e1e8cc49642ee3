using ZhuhaiArtisan.DataGenerator.Organizations;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.DataGenerator.Catalogue;

/// <summary>An item of the published edition that takes enrolment, for the training module to open classes of.</summary>
internal sealed record PublishedItem(CatalogueItem Item, GeneratedOrganization Institution, double Popularity);
