namespace ZhuhaiArtisan.Application.Talents.GetTalentImport;

/// <summary>Why an import registered nothing.</summary>
public sealed record TalentImportFailureDto(string Code, string Message);
