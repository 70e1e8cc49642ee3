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
        var match = await db.PartnerClients.AsNoTracking()
            .SelectMany(c => c.ApiKeys.Select(k => new { Client = c, Key = k }))
            .Where(x => x.Key.KeyHash == hash)
            .Select(x => new { ClientId = x.Client.Id, x.Client.Code, KeyId = x.Key.Id, x.Key.RevokedAt, x.Key.ExpiresAt })
            .SingleOrDefaultAsync(cancellationToken);

        var now = clock.GetUtcNow();
        if (match is null || match.RevokedAt is not null || (match.ExpiresAt is { } expiry && expiry <= now))
        {
            return null;
        }

        return new AuthenticatedPartner(match.ClientId.Value, match.Code, match.KeyId.Value);
    }
}
