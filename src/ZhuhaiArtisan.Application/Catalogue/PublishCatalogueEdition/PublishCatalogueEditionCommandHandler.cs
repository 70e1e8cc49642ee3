using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Application.Catalogue.PublishCatalogueEdition;

public sealed class PublishCatalogueEditionCommandHandler(ICurrentUser user, CatalogueEditionPublisher publisher)
    : ICommandHandler<PublishCatalogueEditionCommand, CatalogueEditionDto>
{
    public async ValueTask<CatalogueEditionDto> Handle(PublishCatalogueEditionCommand command, CancellationToken cancellationToken)
    {
        user.EnsureCityAdmin("publishes the catalogue");
        var edition = await publisher.PublishAsync(command.Title!.Trim(), cancellationToken);
        return CatalogueEditionDto.Of(edition, edition.Number);
    }
}
