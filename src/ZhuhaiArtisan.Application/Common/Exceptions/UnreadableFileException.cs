namespace ZhuhaiArtisan.Application.Common.Exceptions;

/// <summary>An uploaded file cannot be read as a whole (encoding, structure, size): nothing of it is taken.</summary>
public sealed class UnreadableFileException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
