using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;

namespace ZhuhaiArtisan.Application.Catalogue.PublishCatalogueEdition;

/// <summary>
/// The city publishes the next edition: a snapshot of every item approved at this moment, within
/// its validity, of an institution still qualified today.
/// </summary>
public sealed record PublishCatalogueEditionCommand(string? Title) : ICommand<CatalogueEditionDto>;
