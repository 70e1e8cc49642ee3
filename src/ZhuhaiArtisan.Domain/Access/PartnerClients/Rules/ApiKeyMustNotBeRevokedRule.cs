using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Access.PartnerClients.Rules;

public sealed class ApiKeyMustNotBeRevokedRule(PartnerApiKey key) : IBusinessRule
{
    public string Code => "partner_client.api_key_already_revoked";

    public string Message => "The API key has already been revoked.";

    public bool IsBroken() => key.RevokedAt is not null;
}
