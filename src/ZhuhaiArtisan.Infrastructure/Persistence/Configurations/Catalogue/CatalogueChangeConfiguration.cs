using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Catalogue;

internal sealed class CatalogueChangeConfiguration : IEntityTypeConfiguration<CatalogueChange>
{
    public void Configure(EntityTypeBuilder<CatalogueChange> builder)
    {
        builder.ToTable("CatalogueChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new CatalogueChangeId(value));
        // The feed reads in this order; numbers are given by the sequencer, never twice.
        builder.HasIndex(c => c.Sequence).IsUnique();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(CatalogueItemConfiguration.EnumMaxLength);
        builder.Property(c => c.ItemId).HasConversion(id => id!.Value.Value, value => new CatalogueItemId(value));
        builder.Property(c => c.LiveStatus).HasConversion<string>().HasMaxLength(CatalogueItemConfiguration.EnumMaxLength);
    }
}
