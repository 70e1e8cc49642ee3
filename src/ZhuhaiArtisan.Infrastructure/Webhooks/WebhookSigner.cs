using System.Security.Cryptography;
using System.Text;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>
/// Standard Webhooks signatures: <c>v1,</c> and base64(HMAC-SHA256(secret, "{id}.{timestamp}.{body}")),
/// one per secret, separated by spaces (two while a rotated-out secret still signs).
/// </summary>
internal static class WebhookSigner
{
    public static string Sign(string messageId, long timestamp, string body, IEnumerable<string> secrets) =>
        string.Join(' ', secrets.Select(secret =>
            "v1," + Convert.ToBase64String(HMACSHA256.HashData(
                WebhookSecrets.KeyOf(secret),
                Encoding.UTF8.GetBytes(FormattableString.Invariant($"{messageId}.{timestamp}.{body}"))))));
}
