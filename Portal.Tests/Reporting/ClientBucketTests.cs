using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Infrastructure;
using Portal.Tips.Reporting;

namespace Portal.Tests.Reporting;

/// <summary>Who counts as one client for the per-client limits: an IPv6 network prefix, an IPv4 address.</summary>
[UnitTest]
public sealed class ClientBucketTests
{
    private static ClientBuckets Buckets(int prefix = 64) =>
        new(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero)), Options.Create(new ClientBucketOptions { Ipv6PrefixLength = prefix }));

    [Fact]
    public void Addresses_of_one_IPv6_prefix_are_one_client_and_another_prefix_is_another()
    {
        var buckets = Buckets();

        Assert.Equal(buckets.Of(IPAddress.Parse("2001:db8:1:2::1")), buckets.Of(IPAddress.Parse("2001:db8:1:2:ffff:ffff:ffff:ffff")));
        Assert.NotEqual(buckets.Of(IPAddress.Parse("2001:db8:1:2::1")), buckets.Of(IPAddress.Parse("2001:db8:1:3::1")));
    }

    [Fact]
    public void The_prefix_length_is_configurable()
    {
        var buckets = Buckets(prefix: 128);

        Assert.NotEqual(buckets.Of(IPAddress.Parse("2001:db8:1:2::1")), buckets.Of(IPAddress.Parse("2001:db8:1:2::2")));
        Assert.Equal(ClientBuckets.ClientOf(IPAddress.Parse("2001:db8:1:2::1"), 48), ClientBuckets.ClientOf(IPAddress.Parse("2001:db8:1:ffff::1"), 48));
        Assert.NotEqual(ClientBuckets.ClientOf(IPAddress.Parse("2001:db8:1::1"), 48), ClientBuckets.ClientOf(IPAddress.Parse("2001:db8:2::1"), 48));
    }

    [Fact]
    public void IPv4_addresses_stay_apart_also_when_written_as_IPv6()
    {
        var buckets = Buckets();

        Assert.NotEqual(buckets.Of(IPAddress.Parse("203.0.113.7")), buckets.Of(IPAddress.Parse("203.0.113.8")));
        Assert.Equal(buckets.Of(IPAddress.Parse("203.0.113.7")), buckets.Of(IPAddress.Parse("::ffff:203.0.113.7")));
        Assert.NotEqual(buckets.Of(IPAddress.Parse("::ffff:203.0.113.7")), buckets.Of(IPAddress.Parse("::ffff:203.0.113.8")));
    }
}
