namespace ZhuhaiArtisan.Application.Common.Exceptions;

/// <summary>The request conflicts with what is stored (a duplicate, for instance).</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
