namespace ZhuhaiArtisan.DataGenerator.Samples;

internal sealed record DistrictSample(string Code, long Talents);
