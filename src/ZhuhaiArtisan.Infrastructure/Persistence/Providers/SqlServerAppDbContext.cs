using Microsoft.EntityFrameworkCore;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
