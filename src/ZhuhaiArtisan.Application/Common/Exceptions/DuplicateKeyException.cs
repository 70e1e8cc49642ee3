namespace ZhuhaiArtisan.Application.Common.Exceptions;

/// <summary>
/// The database refused a row because a unique key already holds it: the last line of defence
/// when two requests race past the handler's own duplicate check.
/// </summary>
public sealed class DuplicateKeyException(Exception inner) : Exception("A record with the same key already exists.", inner)
{
    public string Code => "conflict.duplicate";
}
