using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Application.Access.IssuePartnerApiKey;

public sealed class IssuePartnerApiKeyCommandHandler(IApplicationDbContext db, ICurrentUser user, IApiKeyGenerator keys, TimeProvider clock)
    : ICommandHandler<IssuePartnerApiKeyCommand, IssuedPartnerApiKeyDto>
{
    public async ValueTask<IssuedPartnerApiKeyDto> Handle(IssuePartnerApiKeyCommand command, CancellationToken cancellationToken)
    {
        user.EnsureCityAdmin("issues partner API keys");
        var clientId = new PartnerClientId(command.ClientId);
        var client = await db.PartnerClients.Include(c => c.ApiKeys)
                         .SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken)
                     ?? throw NotFoundException.For("partner_client", command.ClientId);

        var generated = keys.Generate();
        var key = client.IssueApiKey(PartnerApiKeyId.New(), command.Name!.Trim(), generated.Prefix, generated.Hash, clock.GetUtcNow(), command.ExpiresAt);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedPartnerApiKeyDto(key.Id.Value, client.Id.Value, key.Name, key.Prefix, generated.Key, key.IssuedAt, key.ExpiresAt);
    }
}
