using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Infrastructure.Security;

/// <summary>
/// A cursor is the base64url of the list name and position, followed by a truncated
/// HMAC-SHA256 over both, so it cannot be forged, edited or moved to another list.
/// </summary>
internal sealed class HmacCursorCodec(IOptions<SecurityOptions> options) : ICursorCodec
{
    private const int TagLength = 16;

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.CursorSigningKey);

    public string Encode(string list, string position)
    {
        var payload = Encoding.UTF8.GetBytes($"{list}\n{position}");
        var tag = HMACSHA256.HashData(_key, payload).AsSpan(0, TagLength);
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(tag)}";
    }

    public bool TryDecode(string list, string cursor, out string position)
    {
        position = string.Empty;
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || cursor.Length > 1024)
        {
            return false;
        }

        byte[] payload;
        byte[] tag;
        try
        {
            payload = Base64Url.DecodeFromChars(cursor.AsSpan(0, dot));
            tag = Base64Url.DecodeFromChars(cursor.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(_key, payload).AsSpan(0, TagLength);
        if (tag.Length != TagLength || !CryptographicOperations.FixedTimeEquals(expected, tag))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(payload);
        var separator = text.IndexOf('\n', StringComparison.Ordinal);
        if (separator < 0 || !string.Equals(text[..separator], list, StringComparison.Ordinal))
        {
            return false;
        }

        position = text[(separator + 1)..];
        return true;
    }
}
