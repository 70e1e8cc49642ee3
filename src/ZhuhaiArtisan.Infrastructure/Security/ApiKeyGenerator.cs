using System.Security.Cryptography;
using System.Text;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Infrastructure.Security;

/// <summary>
/// Keys are <c>za_</c> followed by 40 random base62 characters (≈238 bits). With that much
/// entropy a plain SHA-256 is a safe lookup hash: there is nothing to guess or brute-force.
/// </summary>
internal sealed class ApiKeyGenerator : IApiKeyGenerator
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string KeyPrefix = "za_";
    private const int RandomLength = 40;

    public GeneratedApiKey Generate()
    {
        var key = KeyPrefix + RandomNumberGenerator.GetString(Alphabet, RandomLength);
        return new GeneratedApiKey(key, key[..PartnerApiKey.PrefixLength], Hash(key));
    }

    public string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
