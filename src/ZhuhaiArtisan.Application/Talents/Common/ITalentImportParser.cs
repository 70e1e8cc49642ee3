using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>Reads import files: CSV with a header row, or a JSON array of registrations.</summary>
public interface ITalentImportParser
{
    /// <summary>Decodes the bytes strictly; invalid bytes for the named encoding are an <see cref="Common.Exceptions.UnreadableFileException"/>.</summary>
    string Decode(ReadOnlySpan<byte> content, TalentImportEncoding encoding);

    /// <summary>The rows, in file order. A file whose structure is unreadable is an <see cref="Common.Exceptions.UnreadableFileException"/>.</summary>
    IReadOnlyList<ParsedTalentRow> Parse(string text, TalentImportFormat format);
}
