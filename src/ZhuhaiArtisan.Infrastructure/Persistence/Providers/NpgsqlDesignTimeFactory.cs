using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

/// <summary>
/// Used by dotnet-ef only: the connection string is a placeholder, as migrations and scripts are
/// built from the model without connecting.
/// </summary>
internal sealed class NpgsqlDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlAppDbContext>
{
    public NpgsqlAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlAppDbContext>().UseNpgsql("Host=design-time;Database=zhuhai_artisan", DatabaseOptions.ConfigureNpgsql).Options);
}
