namespace ZhuhaiArtisan.Domain.Common;

/// <summary>Free text a record may leave out: blank is none, and what is kept is trimmed.</summary>
public static class OptionalText
{
    public static string? Of(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
