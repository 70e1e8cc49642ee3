using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.ListTalentImportRejectedRows;

/// <param name="RowNumber">1-based: the first data row after the CSV header, or the first element of the JSON array.</param>
/// <param name="IdentityNumber">The row's identity number, masked, when it could be read.</param>
/// <param name="Problems">Each reason, with the field it concerns.</param>
public sealed record RejectedRowDto(int RowNumber, string? IdentityNumber, IReadOnlyList<RowProblem> Problems);
