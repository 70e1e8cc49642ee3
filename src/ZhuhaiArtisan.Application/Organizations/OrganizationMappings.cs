using Mapster;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations;

public sealed class OrganizationMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Organization, OrganizationDto>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.CreditCode, s => s.CreditCode.Value)
            .Map(d => d.Clusters, s => s.Clusters.OrderBy(c => c.ClusterCode).Select(c => c.ClusterCode).ToList());
}
