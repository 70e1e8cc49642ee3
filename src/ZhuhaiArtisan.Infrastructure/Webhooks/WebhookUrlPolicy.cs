using System.Net;
using System.Net.Sockets;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>The registration-time check of a receiver URL (the send-time check is <see cref="WebhookAddressGuard.ConnectAsync"/>).</summary>
internal sealed class WebhookUrlPolicy(WebhookAddressGuard guard) : IWebhookUrlPolicy
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    public async Task EnsureAllowedAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!guard.IsSchemeAllowed(url))
        {
            throw new DomainValueException("webhook_endpoint.url_not_https", "The endpoint URL must use https://.");
        }

        var host = url.Host.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ResolveTimeout);
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, timeout.Token);
            }
            catch (Exception exception) when (exception is SocketException or OperationCanceledException or ArgumentException && !cancellationToken.IsCancellationRequested)
            {
                addresses = [];
            }
        }

        if (addresses.Length == 0)
        {
            throw new DomainValueException("webhook_endpoint.url_unresolvable", $"The endpoint's host '{host}' does not resolve.");
        }

        if (!addresses.All(guard.IsAllowed))
        {
            throw new DomainValueException(
                "webhook_endpoint.url_not_public",
                "The endpoint's host resolves to a private, loopback, link-local or otherwise non-public address.");
        }
    }
}
