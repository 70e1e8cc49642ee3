using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.ReferenceData;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.ToTable("Districts");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(District.CodeMaxLength);
        builder.Property(d => d.NameZh).HasMaxLength(District.NameMaxLength).IsRequired();
        builder.Property(d => d.NameEn).HasMaxLength(District.NameEnMaxLength).IsRequired();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.ParentCode).HasMaxLength(District.CodeMaxLength);
        builder.Property(d => d.Note).HasMaxLength(District.NoteMaxLength);
    }
}
