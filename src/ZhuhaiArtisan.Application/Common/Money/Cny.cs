namespace ZhuhaiArtisan.Application.Common.Money;

/// <summary>Amounts of money are decimal yuan with two places (DESIGN §4).</summary>
public static class Cny
{
    /// <summary>
    /// The amount with exactly two places (3800 → 3800.00), whatever scale the database returned
    /// it with: SQLite keeps decimals as text and drops trailing zeros, the servers do not.
    /// </summary>
    public static decimal TwoPlaces(decimal amount) => decimal.Round(amount, 2) + 0.00m;
}
