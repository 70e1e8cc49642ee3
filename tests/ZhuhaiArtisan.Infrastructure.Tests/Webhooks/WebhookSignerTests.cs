using StandardWebhooks;
using ZhuhaiArtisan.Infrastructure.Webhooks;

namespace ZhuhaiArtisan.Infrastructure.Tests.Webhooks;

public sealed class WebhookSignerTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw/Rt0SA2wdZE=";
    private const string OtherSecret = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private const string Body = """{"type":"catalogue.edition.published","data":{"editionNumber":2,"title":"珠海"}}""";

    [Fact]
    public void Sign_AgreesWithTheStandardWebhooksLibrary()
    {
        var signature = WebhookSigner.Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, Body, [Secret]);

        Assert.Equal(new StandardWebhook(Secret).Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", DateTimeOffset.FromUnixTimeSeconds(1614265330), Body), signature);
    }

    [Fact]
    public void Sign_WithTwoSecrets_GivesOneSignaturePerSecret_TheCurrentFirst()
    {
        var signatures = WebhookSigner.Sign("msg_1", 1614265330, Body, [Secret, OtherSecret]).Split(' ');

        Assert.Equal(2, signatures.Length);
        Assert.Equal(WebhookSigner.Sign("msg_1", 1614265330, Body, [Secret]), signatures[0]);
        Assert.Equal(WebhookSigner.Sign("msg_1", 1614265330, Body, [OtherSecret]), signatures[1]);
    }
}
