using ZhuhaiArtisan.Application.Common.Exceptions;

namespace ZhuhaiArtisan.Application.Common.Paging;

public static class CursorPaging
{
    /// <summary>Reads the position a cursor points after, or null for the first page.</summary>
    public static string? DecodePosition(this ICursorCodec codec, string list, string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        return codec.TryDecode(list, cursor, out var position)
            ? position
            : throw new InvalidCursorException();
    }

    /// <summary>Reads the id a cursor of a list in id order points after, or null for the first page.</summary>
    public static Guid? DecodeIdPosition(this ICursorCodec codec, string list, string? cursor) =>
        codec.DecodePosition(list, cursor) is not { } position
            ? null
            : Guid.TryParseExact(position, "N", out var id) ? id : throw new InvalidCursorException();

    /// <summary>
    /// Builds a page from a query that read one row more than the limit: the extra row only says
    /// that another page exists.
    /// </summary>
    public static Page<T> ToPage<T>(this ICursorCodec codec, string list, IReadOnlyList<T> rowsPlusOne, int limit, Func<T, string> positionOf)
    {
        if (rowsPlusOne.Count <= limit)
        {
            return new Page<T>(rowsPlusOne, null);
        }

        var items = rowsPlusOne.Take(limit).ToList();
        return new Page<T>(items, codec.Encode(list, positionOf(items[^1])));
    }
}
