using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.ReferenceData;

internal sealed class OccupationClusterConfiguration : IEntityTypeConfiguration<OccupationCluster>
{
    public void Configure(EntityTypeBuilder<OccupationCluster> builder)
    {
        builder.ToTable("OccupationClusters");
        builder.HasKey(c => new { c.OccupationCode, c.ClusterCode });
        builder.Property(c => c.OccupationCode).HasMaxLength(OccupationCode.MaxLength);
        builder.Property(c => c.ClusterCode).HasMaxLength(OccupationConfiguration.ClusterCodeMaxLength);
        builder.HasIndex(c => c.ClusterCode);
    }
}
