namespace ZhuhaiArtisan.Application.Common.Exceptions;

public sealed class InvalidCursorException() : Exception("The cursor is not one this list issued.")
{
    public string Code => "paging.invalid_cursor";
}
