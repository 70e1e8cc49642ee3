using System.Security.Cryptography;

namespace ZhuhaiArtisan.Application.Integration.Common;

/// <summary>Signing secrets in the Standard Webhooks form: <c>whsec_</c> and 32 random bytes in base64.</summary>
public static class WebhookSecrets
{
    public const string Prefix = "whsec_";

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The HMAC key a secret stands for.</summary>
    public static byte[] KeyOf(string secret) =>
        Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
}
