using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Common.Persistence;

namespace ZhuhaiArtisan.Application.Access.AuthenticatePartnerApiKey;

public sealed class AuthenticatePartnerApiKeyQueryHandler(IApplicationDbContext db, IApiKeyGenerator keys, TimeProvider clock)
    : IQueryHandler<AuthenticatePartnerApiKeyQuery, AuthenticatedPartner?>
{
    public const int MaxKeyLength = 128;

    public async ValueTask<AuthenticatedPartner?> Handle(AuthenticatePartnerApiKeyQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(query.Key) || query.Key.Length > MaxKeyLength)
        {
            return null;
        }

        var hash = keys.Hash(query.Key);
        var client = await db.PartnerClients.AsNoTracking()
            .Include(c => c.ApiKeys)
            .Where(c => c.ApiKeys.Any(k => k.KeyHash == hash))
            .SingleOrDefaultAsync(cancellationToken);
        var key = client?.ApiKeys.Single(k => k.KeyHash == hash);
        if (client is null || key is null || !key.IsActiveAt(clock.GetUtcNow()))
        {
            return null;
        }

        return new AuthenticatedPartner(client.Id.Value, client.Code, key.Id.Value);
    }
}
