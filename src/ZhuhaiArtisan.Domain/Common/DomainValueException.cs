namespace ZhuhaiArtisan.Domain.Common;

/// <summary>A value object was given a value that its own rule rejects.</summary>
public sealed class DomainValueException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
