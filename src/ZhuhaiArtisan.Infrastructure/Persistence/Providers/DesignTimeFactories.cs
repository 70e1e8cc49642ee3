using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

// Used by dotnet-ef only: the connection strings are placeholders, as migrations and scripts are
// built from the model without connecting.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db", DatabaseOptions.ConfigureSqlite).Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer("Server=design-time;Database=zhuhai_artisan", DatabaseOptions.ConfigureSqlServer).Options);
}

internal sealed class NpgsqlDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlAppDbContext>
{
    public NpgsqlAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlAppDbContext>().UseNpgsql("Host=design-time;Database=zhuhai_artisan", DatabaseOptions.ConfigureNpgsql).Options);
}
