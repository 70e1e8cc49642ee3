using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>
/// Decides which receiver addresses and schemes are allowed, at registration and again at every
/// connection: the connection is made to an address checked at that moment, so a name that
/// resolved to a public address at registration and to a private one later (DNS rebinding) is
/// refused.
/// </summary>
internal sealed class WebhookAddressGuard(IOptions<WebhookOptions> options, IHostEnvironment environment)
{
    private bool Unrestricted => environment.IsDevelopment();

    public bool IsAllowed(IPAddress address) =>
        Unrestricted || NetworkAddresses.IsPublic(address) || (options.Value.AllowLoopbackHttp && NetworkAddresses.IsLoopback(address));

    /// <summary>Plain HTTP only in Development, or to loopback when <see cref="WebhookOptions.AllowLoopbackHttp"/> is set.</summary>
    public bool IsSchemeAllowed(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps
        || (url.Scheme == Uri.UriSchemeHttp && (Unrestricted || (options.Value.AllowLoopbackHttp && IsLoopbackHost(url))));

    /// <summary>The SocketsHttpHandler's connect step: resolve, keep the allowed addresses, connect to one of them.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0 || !addresses.All(IsAllowed))
        {
            throw new HttpRequestException($"Refused: {host} resolves to an address that is not public.");
        }

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
        }

        throw new HttpRequestException($"Could not connect to {host}.", last);
    }

    private static bool IsLoopbackHost(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && NetworkAddresses.IsLoopback(address));
}
