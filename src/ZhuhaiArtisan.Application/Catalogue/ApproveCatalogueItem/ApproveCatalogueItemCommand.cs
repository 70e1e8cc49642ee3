using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;

namespace ZhuhaiArtisan.Application.Catalogue.ApproveCatalogueItem;

/// <summary>
/// The city approves a submitted item and sets its subsidy standard per person, taken from the
/// programme's standard (named in <see cref="SubsidyBasis"/>). Public money is never the institution's to set.
/// </summary>
public sealed record ApproveCatalogueItemCommand(Guid Id, VersionPrecondition IfMatch, decimal? SubsidyPerPerson, string? SubsidyBasis)
    : ICommand<CatalogueItemDto>;
