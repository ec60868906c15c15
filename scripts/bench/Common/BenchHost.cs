using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

internal static class BenchHost
{
    /// <summary>A host with no logging on the given database; keys are fresh random ones, since nothing outlives the run.</summary>
    public static HostApplicationBuilder Create(string provider, string connection, IDictionary<string, string?>? more = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connection,
            ["Tips:Keys:CurrentVersion"] = "1",
            ["Tips:Keys:Versions:1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Tips:Keys:HashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Tips:AntiBot:HmacKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
