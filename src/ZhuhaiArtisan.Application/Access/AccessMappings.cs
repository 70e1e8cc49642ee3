using Mapster;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Application.Access;

public sealed class AccessMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<PartnerApiKey, PartnerApiKeyDto>()
            .Map(d => d.Id, s => s.Id.Value);
        config.NewConfig<PartnerClient, PartnerClientDto>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.ActiveKeyCount, s => s.ApiKeys.Count(k => k.RevokedAt == null));
    }
}
