using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Access.PartnerClients.Rules;

public sealed class ApiKeyMustBelongToClientRule(PartnerApiKey? key) : IBusinessRule
{
    public string Code => "partner_client.api_key_not_found";

    public string Message => "The API key does not belong to this partner client.";

    public bool IsBroken() => key is null;
}
