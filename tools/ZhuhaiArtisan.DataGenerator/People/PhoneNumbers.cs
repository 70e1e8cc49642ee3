using ZhuhaiArtisan.DataGenerator.Common;

namespace ZhuhaiArtisan.DataGenerator.People;

/// <summary>Numbers of the shapes the API accepts: mainland mobiles, and Hong Kong (+852) and Macao (+853) ones.</summary>
internal static class PhoneNumbers
{
    private static readonly string[] MobilePrefixes =
    [
        "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "172", "178", "182", "183",
        "184", "187", "188", "195", "198", "130", "131", "132", "155", "156", "166", "175", "176", "185", "186", "196", "133",
        "149", "153", "173", "177", "180", "181", "189", "190", "191", "193", "199",
    ];

    public static string Mobile(Random random) => random.Pick(MobilePrefixes) + random.Digits(8);

    public static string HongKong(Random random) => "+852" + random.Pick(["5", "6", "9"]) + random.Digits(7);

    public static string Macao(Random random) => "+8536" + random.Digits(7);

    /// <summary>Zhuhai's area code and a seven-digit number.</summary>
    public static string Landline(Random random) => "0756-" + random.Pick(["2", "3", "6", "7", "8"]) + random.Digits(6);
}
