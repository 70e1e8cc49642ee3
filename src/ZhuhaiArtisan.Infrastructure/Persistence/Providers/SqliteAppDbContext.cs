using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The connection this pooled context keeps open (<see cref="SqliteContextConnections"/>).</summary>
    internal SqliteConnection? OwnConnection { get; set; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // SQLite has no date-time-with-offset type: instants are stored as UTC ticks, which SQL
        // can compare and sort.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
}
