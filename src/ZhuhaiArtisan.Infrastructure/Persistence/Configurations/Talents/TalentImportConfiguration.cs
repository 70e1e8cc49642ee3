using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Talents;

internal sealed class TalentImportConfiguration : IEntityTypeConfiguration<TalentImport>
{
    public void Configure(EntityTypeBuilder<TalentImport> builder)
    {
        builder.ToTable("TalentImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasConversion(id => id.Value, value => new TalentImportId(value));
        builder.Ignore(i => i.DomainEvents);
        builder.Ignore(i => i.IsFinished);
        builder.Property(i => i.Format).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Encoding).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.ComplexProperty(i => i.Provenance, ProvenanceColumns.Map);
        builder.Property(i => i.FailureCode).HasMaxLength(64);
        builder.Property(i => i.FailureMessage).HasMaxLength(TalentImport.FailureMessageMaxLength);

        // The worker looks for unfinished imports whose lease is free.
        builder.HasIndex(i => new { i.Status, i.LeaseExpiresAt });
    }
}
