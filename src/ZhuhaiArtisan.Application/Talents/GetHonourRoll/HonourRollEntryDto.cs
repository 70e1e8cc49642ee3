using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Application.Talents.GetHonourRoll;

/// <summary>Name, employer, title and year: all the public roll shows of a person.</summary>
public sealed record HonourRollEntryDto(string Name, string? Employer, HonourKind Title, int Year);
