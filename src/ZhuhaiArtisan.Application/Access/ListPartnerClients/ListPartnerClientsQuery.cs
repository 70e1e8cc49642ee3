using Mediator;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Application.Access.ListPartnerClients;

/// <summary>The partner clients: a handful, so listed whole.</summary>
public sealed record ListPartnerClientsQuery : IQuery<ItemList<PartnerClientDto>>;
