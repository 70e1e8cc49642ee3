using ZhuhaiArtisan.DataGenerator.Common;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>
/// Ages 18 to 60, skewed as a manufacturing city's workforce is: most between their mid-twenties
/// and forties, fewer school leavers, a thinning tail towards retirement.
/// </summary>
internal static class AgeProfile
{
    private static readonly WeightedChoice<int> Workers = new(Enumerable.Range(18, 43).Select(age => (age, WeightOf(age))));

    public static int NextWorker(Random random) => Workers.Next(random);

    /// <summary>Vocational students are 18 to 21 (the youngest, under 18, are not registered).</summary>
    public static int NextStudent(Random random) => 18 + random.Next(4);

    /// <summary>A birth date that makes the person exactly <paramref name="age"/> on <paramref name="asOf"/>.</summary>
    public static DateOnly BirthDateFor(int age, DateOnly asOf, Random random)
    {
        var latest = asOf.AddYears(-age);
        var earliest = asOf.AddYears(-age - 1).AddDays(1);
        return earliest.AddDays(random.Next(latest.DayNumber - earliest.DayNumber + 1));
    }

    private static double WeightOf(int age) => age switch
    {
        <= 21 => 2.0,
        <= 29 => 3.2,
        <= 39 => 3.4,
        <= 49 => 2.4,
        <= 55 => 1.4,
        _ => 0.8,
    };
}
