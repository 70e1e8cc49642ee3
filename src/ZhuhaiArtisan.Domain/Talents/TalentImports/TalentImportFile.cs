namespace ZhuhaiArtisan.Domain.Talents.TalentImports;

/// <summary>
/// The uploaded text of an import, kept encrypted (it holds identity numbers in clear) only until
/// the import finishes, then deleted.
/// </summary>
public sealed class TalentImportFile
{
    private TalentImportFile()
    {
    }

    public TalentImportId ImportId { get; private set; }

    public string Ciphertext { get; private set; } = null!;

    public static TalentImportFile Of(TalentImportId importId, string ciphertext) => new() { ImportId = importId, Ciphertext = ciphertext };
}
