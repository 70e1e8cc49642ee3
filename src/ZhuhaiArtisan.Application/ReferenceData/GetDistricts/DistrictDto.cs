using ZhuhaiArtisan.Domain.ReferenceData.Districts;

namespace ZhuhaiArtisan.Application.ReferenceData.GetDistricts;

public sealed record DistrictDto(string Code, string NameZh, string NameEn, DistrictKind Kind, string? ParentCode, string? Note);
