using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Talents;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Catalogue;

internal sealed class CatalogueEditionEntryConfiguration : IEntityTypeConfiguration<CatalogueEditionEntry>
{
    public void Configure(EntityTypeBuilder<CatalogueEditionEntry> builder)
    {
        builder.ToTable("CatalogueEditionEntries");
        // Lists and keyset pages follow the position within an edition.
        builder.HasKey(e => new { e.EditionNumber, e.Position });
        builder.HasOne<CatalogueEdition>().WithMany().HasForeignKey(e => e.EditionNumber).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(e => e.ClusterCodes);

        builder.Property(e => e.ItemId).HasConversion(id => id.Value, value => new CatalogueItemId(value));
        builder.HasOne<CatalogueItem>().WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.EditionNumber, e.ItemId }).IsUnique();

        builder.Property(e => e.Title).HasMaxLength(CatalogueItem.TitleMaxLength).IsRequired();
        builder.Property(e => e.OccupationCode).HasMaxLength(OccupationCode.MaxLength).IsRequired();
        builder.Property(e => e.OccupationName).HasMaxLength(Occupation.NameMaxLength).IsRequired();
        builder.Property(e => e.SkillLevelCode).HasMaxLength(SkillCertificateConfiguration.SkillLevelCodeMaxLength).IsRequired();
        builder.Property(e => e.TrainingType).HasConversion<string>().HasMaxLength(CatalogueItemConfiguration.EnumMaxLength);
        builder.Property(e => e.FeePerPerson).HasPrecision(9, 2);
        builder.Property(e => e.SubsidyPerPerson).HasPrecision(9, 2);
        builder.Property(e => e.DeliveryMode).HasConversion<string>().HasMaxLength(CatalogueItemConfiguration.EnumMaxLength);
        builder.Property(e => e.InstitutionId).HasConversion(id => id.Value, value => new OrganizationId(value));
        builder.Property(e => e.InstitutionName).HasMaxLength(Organization.NameMaxLength).IsRequired();
        builder.Property(e => e.DistrictCode).HasMaxLength(District.CodeMaxLength).IsRequired();
        builder.Property(e => e.SearchText).IsRequired();

        // The selective filters of the public search, each in edition order, so a page of them is
        // read straight from the index; the other filters narrow what these leave.
        builder.HasIndex(e => new { e.EditionNumber, e.OccupationCode, e.Position });
        builder.HasIndex(e => new { e.EditionNumber, e.InstitutionId, e.Position });
        builder.HasIndex(e => new { e.EditionNumber, e.DistrictCode, e.Position });
    }
}
