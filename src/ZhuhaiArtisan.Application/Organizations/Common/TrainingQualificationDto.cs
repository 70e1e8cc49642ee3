namespace ZhuhaiArtisan.Application.Organizations.Common;

/// <summary>Local dates (Asia/Shanghai), both inclusive.</summary>
public sealed record TrainingQualificationDto(DateOnly ValidFrom, DateOnly ValidUntil);
