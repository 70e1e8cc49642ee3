namespace ZhuhaiArtisan.Api.Security;

/// <summary>The <c>Auth</c> configuration section: which tokens the API accepts.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The city's OIDC issuer. When set, signing keys come from its discovery document.</summary>
    public string? Authority { get; set; }

    public string Issuer { get; set; } = "zhuhai-artisan-dev";

    public string Audience { get; set; } = "zhuhai-artisan-api";

    /// <summary>
    /// A symmetric key (at least 32 bytes of text) for tokens the platform signs itself: the
    /// embedded default and tests. Unused when <see cref="Authority"/> is set.
    /// </summary>
    public string? SigningKey { get; set; }

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// Serves <c>POST /dev/tokens</c>, which signs a token for any demo user. On in the embedded
    /// default (Development) and the tests; refused in Production.
    /// </summary>
    public bool EnableDevTokens { get; set; }

    /// <summary>Signing keys that ship with the code, and so can never protect a real deployment.</summary>
    public static IReadOnlySet<string> PublishedSigningKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "zhuhai-artisan-development-signing-key-not-for-production",
        "functional-tests-signing-key-at-least-32-bytes-long",
    };
}
