using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Talents;

internal sealed class HonourConfiguration : IEntityTypeConfiguration<Honour>
{
    public void Configure(EntityTypeBuilder<Honour> builder)
    {
        builder.ToTable("Honours");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).HasConversion(id => id.Value, value => new HonourId(value));
        builder.Ignore(h => h.DomainEvents);
        builder.Property(h => h.TalentId).HasConversion(id => id.Value, value => new TalentId(value));
        builder.HasOne<Talent>().WithMany().HasForeignKey(h => h.TalentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(h => h.ConferringBody).HasMaxLength(Honour.ConferringBodyMaxLength).IsRequired();
        builder.Property(h => h.DistrictCode).HasMaxLength(District.CodeMaxLength);
        builder.Property(h => h.EnterpriseId).HasConversion(id => id!.Value.Value, value => new OrganizationId(value));
        builder.HasOne<Organization>().WithMany().HasForeignKey(h => h.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(h => h.CompetitionEvent).HasMaxLength(Honour.EventMaxLength);
        builder.Property(h => h.CompetitionRank).HasMaxLength(Honour.RankMaxLength);
        builder.Property(h => h.Coach).HasMaxLength(Honour.CoachMaxLength);
        builder.ComplexProperty(h => h.Provenance, ProvenanceColumns.Map);
        builder.Property(h => h.Version).IsConcurrencyToken();

        builder.Property(h => h.Distinction).HasMaxLength(Honour.EventMaxLength).IsRequired();

        // A title is held once a year, a competition award once per event and year; the public roll reads by year.
        builder.HasIndex(h => new { h.TalentId, h.Kind, h.Year, h.Distinction }).IsUnique();
        builder.HasIndex(h => new { h.Year, h.Kind, h.PublicationConsented });
    }
}
