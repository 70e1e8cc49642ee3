using System.Net;
using ZhuhaiArtisan.Infrastructure.Webhooks;

namespace ZhuhaiArtisan.Infrastructure.Tests.Webhooks;

public sealed class NetworkAddressesTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.0.2.1")]
    [InlineData("192.168.0.1")]
    [InlineData("198.18.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2001:db8::1")]
    [InlineData("2002:a00:1::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    public void IsPublic_OfANonPublicAddress_IsFalse(string address) =>
        Assert.False(NetworkAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("172.32.0.1")]
    [InlineData("203.119.25.1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2400:3200::1")]
    [InlineData("2606:4700:4700::1111")]
    public void IsPublic_OfAPublicAddress_IsTrue(string address) =>
        Assert.True(NetworkAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.1", false)]
    public void IsLoopback(string address, bool loopback) =>
        Assert.Equal(loopback, NetworkAddresses.IsLoopback(IPAddress.Parse(address)));
}
