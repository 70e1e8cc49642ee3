using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.UnitTests.Access;

public sealed class PartnerClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IssueApiKey_AThirdActiveKey_BreaksRule_ButAfterRevokingOneItIsAllowed()
    {
        var client = PartnerClient.Register(PartnerClientId.New(), "jixing-zhuhai", "技行珠海", Now);
        var first = client.IssueApiKey(PartnerApiKeyId.New(), "a", "za_a", new string('a', 64), Now, null);
        client.IssueApiKey(PartnerApiKeyId.New(), "b", "za_b", new string('b', 64), Now, null);

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            client.IssueApiKey(PartnerApiKeyId.New(), "c", "za_c", new string('c', 64), Now, null));
        Assert.Equal("partner_client.too_many_active_keys", broken.Code);

        client.RevokeApiKey(first.Id, Now);
        client.IssueApiKey(PartnerApiKeyId.New(), "c", "za_c", new string('c', 64), Now, null);
        Assert.Equal(3, client.ApiKeys.Count);
    }

    [Fact]
    public void ExpiredKey_IsNotActive_AndDoesNotCountAgainstTheLimit()
    {
        var client = PartnerClient.Register(PartnerClientId.New(), "p", "p", Now);
        var expiring = client.IssueApiKey(PartnerApiKeyId.New(), "a", "za_a", new string('a', 64), Now, Now.AddDays(1));
        client.IssueApiKey(PartnerApiKeyId.New(), "b", "za_b", new string('b', 64), Now, null);

        Assert.False(expiring.IsActiveAt(Now.AddDays(2)));
        client.IssueApiKey(PartnerApiKeyId.New(), "c", "za_c", new string('c', 64), Now.AddDays(2), null);
    }

    [Fact]
    public void RevokeApiKey_Twice_BreaksRule()
    {
        var client = PartnerClient.Register(PartnerClientId.New(), "p", "p", Now);
        var key = client.IssueApiKey(PartnerApiKeyId.New(), "a", "za_a", new string('a', 64), Now, null);
        client.RevokeApiKey(key.Id, Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => client.RevokeApiKey(key.Id, Now));

        Assert.Equal("partner_client.api_key_already_revoked", broken.Code);
    }
}
