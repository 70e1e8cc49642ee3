namespace ZhuhaiArtisan.Domain.Talents.TalentImports;

/// <summary>
/// A row of an import that was not registered, with every reason. It carries the row's number
/// and the identity number masked, never the row's personal information in clear.
/// </summary>
public sealed class TalentImportRejectedRow
{
    private List<RowProblem> _problems = [];

    private TalentImportRejectedRow()
    {
    }

    public TalentImportId ImportId { get; private set; }

    /// <summary>1-based: the first data row after a CSV header, or the first element of a JSON array.</summary>
    public int RowNumber { get; private set; }

    public string? IdentityNumberMasked { get; private set; }

    public IReadOnlyList<RowProblem> Problems => _problems.AsReadOnly();

    public static TalentImportRejectedRow Of(TalentImportId importId, int rowNumber, string? identityNumberMasked, IEnumerable<RowProblem> problems) =>
        new()
        {
            ImportId = importId,
            RowNumber = rowNumber,
            IdentityNumberMasked = identityNumberMasked,
            _problems = problems.ToList(),
        };
}
