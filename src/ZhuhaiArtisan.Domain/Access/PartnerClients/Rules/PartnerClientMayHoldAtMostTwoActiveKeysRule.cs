using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Access.PartnerClients.Rules;

public sealed class PartnerClientMayHoldAtMostTwoActiveKeysRule(IEnumerable<PartnerApiKey> keys, DateTimeOffset now) : IBusinessRule
{
    public string Code => "partner_client.too_many_active_keys";

    public string Message => $"A partner client may hold at most {PartnerClient.MaxActiveKeys} active API keys; revoke one first.";

    public bool IsBroken() => keys.Count(k => k.IsActiveAt(now)) >= PartnerClient.MaxActiveKeys;
}
