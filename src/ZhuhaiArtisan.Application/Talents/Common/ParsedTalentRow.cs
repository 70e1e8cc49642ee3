using ZhuhaiArtisan.Application.Talents.RegisterTalent;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>
/// One row of an import file, read into the same shape as a single registration. A value that
/// could not be read (a wrong type, an unknown enum) is a problem of the row, not of the file.
/// </summary>
public sealed record ParsedTalentRow(int RowNumber, RegisterTalentCommand Registration, IReadOnlyList<RowProblem> Problems);
