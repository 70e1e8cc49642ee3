namespace ZhuhaiArtisan.Domain.Talents.TalentImports;

/// <summary>One reason a row was rejected: the field (camelCase, as in a single registration) and what is wrong with it.</summary>
public sealed record RowProblem(string Field, string Code, string Message);
