namespace ZhuhaiArtisan.DataGenerator.ReferenceData;

internal sealed record OccupationInfo(string Code, string NameZh, IReadOnlyList<string> Clusters);
