using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.ReferenceData;

internal sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public const int ClusterCodeMaxLength = 32;

    public void Configure(EntityTypeBuilder<Occupation> builder)
    {
        builder.ToTable("Occupations");
        builder.HasKey(o => o.Code);
        builder.Property(o => o.Code).HasMaxLength(OccupationCode.MaxLength);
        builder.Property(o => o.NameZh).HasMaxLength(Occupation.NameMaxLength).IsRequired();
        builder.Property(o => o.NameEn).HasMaxLength(Occupation.NameMaxLength).IsRequired();
        builder.Property(o => o.MinorGroupCode).HasMaxLength(OccupationCode.MaxLength).IsRequired();
        builder.Property(o => o.Edition).HasMaxLength(Occupation.EditionMaxLength).IsRequired();
        builder.HasMany(o => o.Clusters).WithOne().HasForeignKey(c => c.OccupationCode).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Clusters).HasField("_clusters").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
