using Microsoft.EntityFrameworkCore;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // SQLite has no date-time-with-offset type: instants are stored as UTC ticks, which SQL
        // can compare and sort.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
}
