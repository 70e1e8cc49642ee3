using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Talents;

/// <summary>The same columns for who recorded a record, wherever it is kept.</summary>
internal static class ProvenanceColumns
{
    public static void Map(ComplexPropertyBuilder<Provenance> provenance)
    {
        provenance.Property(p => p.RecordedBy).HasColumnName("RecordedBy").HasMaxLength(128).IsRequired();
        provenance.Property(p => p.RecordedByRole).HasColumnName("RecordedByRole").HasMaxLength(32).IsRequired();
        provenance.Property(p => p.RecordedByOrganization).HasColumnName("RecordedByOrganizationId")
            .HasConversion(id => id!.Value.Value, value => new OrganizationId(value));
        provenance.Property(p => p.LegalBasis).HasColumnName("LegalBasis").HasConversion<string>().HasMaxLength(32);
        provenance.Property(p => p.RecordedAt).HasColumnName("RecordedAt");
    }
}
