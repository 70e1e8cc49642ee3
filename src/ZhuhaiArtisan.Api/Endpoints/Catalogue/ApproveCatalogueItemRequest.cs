namespace ZhuhaiArtisan.Api.Endpoints.Catalogue;

/// <param name="SubsidyPerPerson">The subsidy standard per person, CNY, at most the fee.</param>
/// <param name="SubsidyBasis">The programme's document and clause the standard is taken from.</param>
public sealed record ApproveCatalogueItemRequest(decimal? SubsidyPerPerson, string? SubsidyBasis);
