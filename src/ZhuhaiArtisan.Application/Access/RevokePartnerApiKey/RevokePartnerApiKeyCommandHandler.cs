using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Application.Access.RevokePartnerApiKey;

public sealed class RevokePartnerApiKeyCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RevokePartnerApiKeyCommand, PartnerApiKeyDto>
{
    public async ValueTask<PartnerApiKeyDto> Handle(RevokePartnerApiKeyCommand command, CancellationToken cancellationToken)
    {
        user.EnsureCityAdmin("revokes partner API keys");
        var clientId = new PartnerClientId(command.ClientId);
        var client = await db.PartnerClients.Include(c => c.ApiKeys)
                         .SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken)
                     ?? throw NotFoundException.For("partner_client", command.ClientId);
        if (client.ApiKeys.All(k => k.Id.Value != command.KeyId))
        {
            throw NotFoundException.For("api_key", command.KeyId);
        }

        var key = client.RevokeApiKey(new PartnerApiKeyId(command.KeyId), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return key.Adapt<PartnerApiKeyDto>();
    }
}
