using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ZhuhaiArtisan.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default), <c>SqlServer</c> or <c>PostgreSql</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Defaults to a SQLite file beside the application's working directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=zhuhai-artisan.db";

    /// <summary>Apply pending migrations at start-up (the embedded default); a DBA may run the scripts instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the small demo data set at start-up (never in Production).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>
    /// SQLite only: how much of the database file each connection reads through a memory map
    /// (<c>PRAGMA mmap_size</c>) instead of copying pages into its own cache; 0 turns it off. The
    /// default is the most the bundled SQLite maps (its SQLITE_MAX_MMAP_SIZE, just under 2 GiB);
    /// it is address space, not memory: the pages are the operating system's file cache.
    /// </summary>
    public long SqliteMemoryMapBytes { get; set; } = 0x7fff0000;

    /// <summary>
    /// SQLite only: keep each connection's read queries compiled and reuse them (on by default;
    /// off runs every query as EF sends it, compiled anew).
    /// </summary>
    public bool SqliteReusesPreparedQueries { get; set; } = true;

    internal static void ConfigureSqlite(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable("__EFMigrationsHistory");

    internal static void ConfigureSqlServer(SqlServerDbContextOptionsBuilder sqlServer) =>
        sqlServer.EnableRetryOnFailure(maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(10), errorNumbersToAdd: null);

    internal static void ConfigureNpgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__EFMigrationsHistory");
}
