using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.Application.ReferenceData.GetIndustryClusters;

public sealed record IndustryClusterDto(string Code, string NameZh, string NameEn, IndustryClusterKind Kind, int Order);
