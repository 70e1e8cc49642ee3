using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Infrastructure.Persistence.Configurations.ReferenceData;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Organizations;

internal sealed class OrganizationClusterConfiguration : IEntityTypeConfiguration<OrganizationCluster>
{
    public void Configure(EntityTypeBuilder<OrganizationCluster> builder)
    {
        builder.ToTable("OrganizationClusters");
        builder.Property(c => c.OrganizationId).HasConversion(id => id.Value, value => new OrganizationId(value));
        builder.HasKey(c => new { c.OrganizationId, c.ClusterCode });
        builder.Property(c => c.ClusterCode).HasMaxLength(OccupationConfiguration.ClusterCodeMaxLength);
        builder.HasIndex(c => c.ClusterCode);
    }
}
