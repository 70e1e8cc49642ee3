using Mediator;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Application.Access.ListPartnerApiKeys;

public sealed record ListPartnerApiKeysQuery(Guid ClientId) : IQuery<ItemList<PartnerApiKeyDto>>;
