using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;
using ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Catalogue;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Training;

internal sealed class PartnerRecordLinkConfiguration : IEntityTypeConfiguration<PartnerRecordLink>
{
    public void Configure(EntityTypeBuilder<PartnerRecordLink> builder)
    {
        builder.ToTable("PartnerRecordLinks");
        // Upserts look rows up by exactly this key, a batch at a time.
        builder.HasKey(l => new { l.PartnerId, l.Kind, l.ExternalId });
        builder.Property(l => l.PartnerId).HasConversion(id => id.Value, value => new PartnerClientId(value));
        builder.HasOne<PartnerClient>().WithMany().HasForeignKey(l => l.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(CatalogueItemConfiguration.EnumMaxLength);
        builder.Property(l => l.ExternalId).HasMaxLength(PartnerRecordLink.ExternalIdMaxLength);
        builder.Property(l => l.Fingerprint).HasMaxLength(PartnerRecordLink.FingerprintLength).IsFixedLength();
        builder.HasIndex(l => l.RecordId);
    }
}
