using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Talents;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Catalogue;

internal sealed class CatalogueItemConfiguration : IEntityTypeConfiguration<CatalogueItem>
{
    public const int EnumMaxLength = 32;

    public void Configure(EntityTypeBuilder<CatalogueItem> builder)
    {
        builder.ToTable("CatalogueItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasConversion(id => id.Value, value => new CatalogueItemId(value));
        builder.Ignore(i => i.DomainEvents);
        builder.Ignore(i => i.TotalHours);
        builder.Ignore(i => i.LiveStatus);
        builder.Ignore(i => i.Content);

        builder.Property(i => i.InstitutionId).HasConversion(id => id.Value, value => new OrganizationId(value));
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Title).HasMaxLength(CatalogueItem.TitleMaxLength).IsRequired();
        builder.Property(i => i.OccupationCode).HasMaxLength(OccupationCode.MaxLength).IsRequired();
        builder.HasOne<Occupation>().WithMany().HasForeignKey(i => i.OccupationCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.SkillLevelCode).HasMaxLength(SkillCertificateConfiguration.SkillLevelCodeMaxLength).IsRequired();
        builder.Property(i => i.TrainingType).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(i => i.FeePerPerson).HasPrecision(9, 2);
        builder.Property(i => i.DeliveryMode).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.PrimitiveCollection(i => i.ClusterCodes).HasField("_clusterCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(i => i.SubsidyPerPerson).HasPrecision(9, 2);
        builder.Property(i => i.SubsidyBasis).HasMaxLength(CatalogueItem.SubsidyBasisMaxLength);
        builder.Property(i => i.RejectionReason).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(i => i.StatusNote).HasMaxLength(CatalogueItem.NoteMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();

        // An institution lists its own items; a publication claims the approved ones, then reads what it claimed.
        builder.HasIndex(i => new { i.InstitutionId, i.Id });
        builder.HasIndex(i => new { i.Status, i.ValidUntil });
        builder.HasIndex(i => i.LastPublishedEdition);
    }
}
