using Mediator;
using ZhuhaiArtisan.Application.Access.Common;

namespace ZhuhaiArtisan.Application.Access.GetCurrentPartnerClient;

/// <summary>The partner client the calling API key belongs to: lets a partner check its key works.</summary>
public sealed record GetCurrentPartnerClientQuery : IQuery<PartnerClientDto>;
