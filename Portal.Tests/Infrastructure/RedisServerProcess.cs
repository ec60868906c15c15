using System.Diagnostics;
using System.Globalization;

namespace Portal.Tests.Infrastructure;

/// <summary>A redis-server of the test's own (in memory only), which the test may stop while hosts use it.</summary>
public sealed class RedisServerProcess : LoopbackServerProcess
{
    public string Configuration => $"127.0.0.1:{Port}";

    protected override TimeSpan StartLimit => TimeSpan.FromSeconds(30);

    protected override ProcessStartInfo StartInfo() => Command(
        "redis-server",
        "--bind", "127.0.0.1", "--port", Port.ToString(CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no", "--dir", Data.Path);
}
