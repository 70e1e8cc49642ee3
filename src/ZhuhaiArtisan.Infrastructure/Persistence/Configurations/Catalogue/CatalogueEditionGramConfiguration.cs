using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Catalogue;

internal sealed class CatalogueEditionGramConfiguration : IEntityTypeConfiguration<CatalogueEditionGram>
{
    public void Configure(EntityTypeBuilder<CatalogueEditionGram> builder)
    {
        builder.ToTable("CatalogueEditionGrams");
        // The key is the index a query reads: an edition's gram, then the entries that have it.
        builder.HasKey(g => new { g.EditionNumber, g.Gram, g.Position });
        builder.Property(g => g.Gram).HasMaxLength(CatalogueSearchText.GramMaxLength);
        // Written and removed only with their edition, so tied to it alone: a key to each entry
        // would cost an index as large as the table.
        builder.HasOne<CatalogueEdition>().WithMany().HasForeignKey(g => g.EditionNumber).OnDelete(DeleteBehavior.Cascade);
    }
}
