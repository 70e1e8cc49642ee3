using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

/// <summary>
/// Used by dotnet-ef only: the connection string is a placeholder, as migrations and scripts are
/// built from the model without connecting.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db", DatabaseOptions.ConfigureSqlite).Options);
}
