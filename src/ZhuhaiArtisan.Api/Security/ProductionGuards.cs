using System.Text;
using ZhuhaiArtisan.Infrastructure.Security;

namespace ZhuhaiArtisan.Api.Security;

/// <summary>
/// Settings that are convenient on a developer's machine and dangerous in production. In
/// Production the API refuses to start with any of them, rather than run exposed.
/// </summary>
internal static class ProductionGuards
{
    public static void Check(IHostEnvironment environment, IConfiguration configuration, AuthOptions auth)
    {
        if (!environment.IsProduction())
        {
            return;
        }

        var problems = new List<string>();
        if (auth.EnableDevTokens)
        {
            problems.Add("Auth:EnableDevTokens must be false: /dev/tokens signs a token for anyone.");
        }

        if (string.IsNullOrEmpty(auth.Authority))
        {
            // Without the city's OIDC issuer the API trusts tokens signed with its own key: that key
            // must be secret, so never a value published with the code.
            var key = auth.SigningKey ?? string.Empty;
            if (Encoding.UTF8.GetByteCount(key) < SigningKeys.MinimumKeyBytes || AuthOptions.PublishedSigningKeys.Contains(key))
            {
                problems.Add("Set Auth:Authority to the city's OIDC issuer, or Auth:SigningKey to a secret of at least 32 bytes.");
            }
        }

        if ((configuration["Security:CursorSigningKey"] ?? SecurityOptions.DevelopmentCursorSigningKey) == SecurityOptions.DevelopmentCursorSigningKey)
        {
            problems.Add("Set Security:CursorSigningKey to a long random value: cursors signed with a published key can be forged.");
        }

        if (configuration.GetValue<bool>("Webhooks:AllowLoopbackHttp"))
        {
            problems.Add("Webhooks:AllowLoopbackHttp must be false: it lets webhooks reach this machine's own services.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Refusing to start in Production: " + string.Join(" ", problems));
        }
    }
}
