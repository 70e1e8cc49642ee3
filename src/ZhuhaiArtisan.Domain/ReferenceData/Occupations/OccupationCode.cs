using System.Text.RegularExpressions;

namespace ZhuhaiArtisan.Domain.ReferenceData.Occupations;

/// <summary>
/// A code of 《中华人民共和国职业分类大典》 in its major-middle-minor-detail form (<c>6-18-02-04</c>).
/// A detail of <c>00</c> is legal: some minor groups have no further detail.
/// </summary>
public static partial class OccupationCode
{
    public const int MaxLength = 10;

    public const string Pattern = @"^[1-8]-\d{2}-\d{2}-\d{2}$";

    public static bool IsWellFormed(string? code) => code is not null && WellFormed().IsMatch(code);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
