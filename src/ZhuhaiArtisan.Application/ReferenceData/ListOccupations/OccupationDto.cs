namespace ZhuhaiArtisan.Application.ReferenceData.ListOccupations;

public sealed record OccupationDto(
    string Code,
    string Edition,
    string NameZh,
    string NameEn,
    string MinorGroupCode,
    IReadOnlyList<string> Clusters);
