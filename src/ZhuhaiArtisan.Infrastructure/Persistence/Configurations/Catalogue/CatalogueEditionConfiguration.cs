using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Catalogue;

internal sealed class CatalogueEditionConfiguration : IEntityTypeConfiguration<CatalogueEdition>
{
    public void Configure(EntityTypeBuilder<CatalogueEdition> builder)
    {
        builder.ToTable("CatalogueEditions");
        // The number is the edition's public name; given by the publication, never by the database.
        builder.HasKey(e => e.Number);
        builder.Property(e => e.Number).ValueGeneratedNever();
        builder.Ignore(e => e.DomainEvents);
        builder.Property(e => e.Title).HasMaxLength(CatalogueEdition.TitleMaxLength).IsRequired();
    }
}
