using Microsoft.EntityFrameworkCore;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

public sealed class NpgsqlAppDbContext(DbContextOptions<NpgsqlAppDbContext> options) : AppDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
