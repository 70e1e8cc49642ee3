namespace ZhuhaiArtisan.Application.Common.Paging;

/// <summary>
/// Turns a keyset position into an opaque, signed cursor and back. A cursor that was not issued
/// by this platform (tampered, truncated, from another list) does not decode.
/// </summary>
public interface ICursorCodec
{
    string Encode(string list, string position);

    bool TryDecode(string list, string cursor, out string position);
}
