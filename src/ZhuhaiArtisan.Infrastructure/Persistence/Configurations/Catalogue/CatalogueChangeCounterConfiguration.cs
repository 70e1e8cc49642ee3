using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Infrastructure.Persistence.ChangeFeed;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Catalogue;

internal sealed class CatalogueChangeCounterConfiguration : IEntityTypeConfiguration<CatalogueChangeCounter>
{
    public void Configure(EntityTypeBuilder<CatalogueChangeCounter> builder)
    {
        builder.ToTable("CatalogueChangeCounter");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        // Created with the table, so the sequencer only ever updates it.
        builder.HasData(new { Id = CatalogueChangeCounter.SingletonId, LastSequence = 0L });
    }
}
