namespace ZhuhaiArtisan.DataGenerator.People;

internal enum ForeignNameStyle
{
    Western,
    Japanese,
    Korean,
    SoutheastAsian,
}
