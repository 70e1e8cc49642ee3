using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ZhuhaiArtisan.Api.Security;

internal static class SigningKeys
{
    public const int MinimumKeyBytes = 32;

    public static SymmetricSecurityKey FromConfiguration(AuthOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(options.SigningKey ?? string.Empty);
        if (bytes.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException(
                $"Auth:SigningKey must be at least {MinimumKeyBytes} bytes, or Auth:Authority must name the OIDC issuer.");
        }

        return new SymmetricSecurityKey(bytes);
    }
}
