using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    /// <summary>Compares code point by code point, as SQLite and PostgreSQL do by default.</summary>
    private const string BinaryCollation = "Latin1_General_100_BIN2";

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Catalogue search must give the same results on every database. SQL Server's usual
        // collations treat case, width and some other characters as equal; the search text and
        // its index are normalised already and are compared exactly, as on the other two.
        modelBuilder.Entity<CatalogueEditionEntry>().Property(e => e.SearchText).UseCollation(BinaryCollation);
        modelBuilder.Entity<CatalogueEditionGram>().Property(g => g.Gram).UseCollation(BinaryCollation);
    }
}
