namespace ZhuhaiArtisan.DataGenerator.Common;

/// <summary>
/// Version 7 GUIDs (RFC 9562), as the API makes them with <c>Guid.CreateVersion7</c>, but with the
/// time part taken from the record's own instant and the random part from the seeded stream, so
/// that a seed gives the same ids.
/// </summary>
internal static class SeededGuids
{
    public static Guid Version7(DateTimeOffset instant, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var milliseconds = instant.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
