using Mapster;
using ZhuhaiArtisan.Application.ReferenceData.ListOccupations;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;

namespace ZhuhaiArtisan.Application.ReferenceData;

public sealed class ReferenceDataMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Occupation, OccupationDto>()
            .Map(d => d.Clusters, s => s.Clusters.OrderBy(c => c.ClusterCode).Select(c => c.ClusterCode).ToList());
}
