using System.Net;
using System.Net.Sockets;

namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>
/// Which addresses are on the public internet. Everything else — private (RFC 1918), loopback,
/// link-local (cloud metadata at 169.254.169.254), carrier-grade NAT (100.64.0.0/10), unique-local
/// IPv6, multicast, documentation and reserved ranges, and IPv6 forms that embed an IPv4 address
/// — is not a place the platform sends webhooks to.
/// </summary>
internal static class NetworkAddresses
{
    private static readonly (IPAddress Network, int Prefix)[] NonPublicV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16),
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24),
        (IPAddress.Parse("192.88.99.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Prefix)[] NonPublicV6 =
    [
        (IPAddress.Parse("64:ff9b::"), 96),
        (IPAddress.Parse("64:ff9b:1::"), 48),
        (IPAddress.Parse("100::"), 64),
        (IPAddress.Parse("2001::"), 23),
        (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("2002::"), 16),
        (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => !NonPublicV4.Any(range => InRange(address, range.Network, range.Prefix)),
            // Only global unicast (2000::/3) is public; within it, the ranges above are not.
            AddressFamily.InterNetworkV6 => InRange(address, IPAddress.Parse("2000::"), 3)
                                            && !NonPublicV6.Any(range => InRange(address, range.Network, range.Prefix)),
            _ => false,
        };
    }

    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        var networkBytes = network.GetAddressBytes();
        var whole = prefix / 8;
        for (var i = 0; i < whole; i++)
        {
            if (bytes[i] != networkBytes[i])
            {
                return false;
            }
        }

        var rest = prefix % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (bytes[whole] & mask) == (networkBytes[whole] & mask);
    }
}
