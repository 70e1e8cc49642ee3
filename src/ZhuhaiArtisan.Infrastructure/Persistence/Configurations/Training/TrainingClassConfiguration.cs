using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;
using ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Catalogue;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Training;

internal sealed class TrainingClassConfiguration : IEntityTypeConfiguration<TrainingClass>
{
    public void Configure(EntityTypeBuilder<TrainingClass> builder)
    {
        builder.ToTable("TrainingClasses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new TrainingClassId(value));
        builder.Ignore(c => c.DomainEvents);

        builder.Property(c => c.CatalogueItemId).HasConversion(id => id.Value, value => new CatalogueItemId(value));
        builder.HasOne<CatalogueItem>().WithMany().HasForeignKey(c => c.CatalogueItemId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.InstitutionId).HasConversion(id => id.Value, value => new OrganizationId(value));
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.DeliveryMode).HasConversion<string>().HasMaxLength(CatalogueItemConfiguration.EnumMaxLength);
        builder.Property(c => c.Venue).HasMaxLength(TrainingClass.VenueMaxLength);
        builder.Property(c => c.OpenedByPartner).HasConversion(id => id!.Value.Value, value => new PartnerClientId(value));
        builder.HasOne<PartnerClient>().WithMany().HasForeignKey(c => c.OpenedByPartner).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Version).IsConcurrencyToken();

        // An institution lists its own classes; an item's classes; the partner's own and the online ones.
        builder.HasIndex(c => new { c.InstitutionId, c.Id });
        builder.HasIndex(c => new { c.CatalogueItemId, c.Id });
        builder.HasIndex(c => new { c.OpenedByPartner, c.Id });
        builder.HasIndex(c => new { c.DeliveryMode, c.Id });
    }
}
