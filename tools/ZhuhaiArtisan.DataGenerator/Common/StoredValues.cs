using System.Globalization;

namespace ZhuhaiArtisan.DataGenerator.Common;

/// <summary>
/// Values in the form EF Core's SQLite provider stores them, so the API reads and compares the
/// generated rows exactly like its own: GUIDs as upper-case text, instants as UTC ticks (the
/// project's UtcTicksConverter), dates as ISO text, enums by name, primitive collections as JSON.
/// </summary>
internal static class StoredValues
{
    public static string Of(Guid id) => id.ToString("D").ToUpperInvariant();

    public static object Of(Guid? id) => id is { } value ? Of(value) : DBNull.Value;

    public static long Of(DateTimeOffset instant) => instant.UtcTicks;

    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object Of(DateOnly? date) => date is { } value ? Of(value) : DBNull.Value;

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    public static long Of(bool value) => value ? 1 : 0;

    public static object OrNull(string? value) => value is null ? DBNull.Value : value;

    /// <summary>Decimals go to Microsoft.Data.Sqlite as decimals: it formats them as EF's own writes are formatted.</summary>
    public static object Of(decimal? value) => value is { } amount ? amount : DBNull.Value;

    /// <summary>A JSON array of codes. Codes are plain ASCII (letters, digits, hyphens), so nothing needs escaping.</summary>
    public static string JsonArray(IReadOnlyList<string> codes) =>
        codes.Count == 0 ? "[]" : "[\"" + string.Join("\",\"", codes) + "\"]";
}
