using ZhuhaiArtisan.DataGenerator.Sqlite;

namespace ZhuhaiArtisan.DataGenerator.Modules;

/// <summary>
/// Writes one module's tables (DESIGN §3 modules). Writers run in order, and a later one may use
/// what an earlier one left in the context (talents need the organisations that employ them).
/// </summary>
internal interface IModuleWriter
{
    string Module { get; }

    /// <summary>The tables written; their secondary indexes are built after loading.</summary>
    IReadOnlyList<string> Tables { get; }

    void Write(GenerationContext context, BulkLoadSession session, CancellationToken cancellationToken);
}
