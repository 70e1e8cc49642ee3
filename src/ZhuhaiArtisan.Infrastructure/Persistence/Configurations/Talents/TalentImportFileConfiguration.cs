using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Talents;

internal sealed class TalentImportFileConfiguration : IEntityTypeConfiguration<TalentImportFile>
{
    public void Configure(EntityTypeBuilder<TalentImportFile> builder)
    {
        builder.ToTable("TalentImportFiles");
        builder.HasKey(f => f.ImportId);
        builder.Property(f => f.ImportId).HasConversion(id => id.Value, value => new TalentImportId(value));
        builder.HasOne<TalentImport>().WithOne().HasForeignKey<TalentImportFile>(f => f.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Ciphertext).IsRequired().IsSecret();
    }
}
