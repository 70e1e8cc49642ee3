using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.ListWebhookEndpoints;

/// <param name="Client">A partner client's id, to narrow the city's list to one partner.</param>
public sealed record ListWebhookEndpointsQuery(Guid? Client, int? Limit, string? Cursor) : IQuery<Page<WebhookEndpointDto>>;
