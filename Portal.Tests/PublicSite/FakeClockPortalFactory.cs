using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.PublicSite;

/// <summary>
/// The real portal host on a fake clock. The content scheduler's round is a day apart, so an alert that expires
/// during a test stays published: what hides it is the clock the pages ask, not the scheduler's unpublish.
/// </summary>
public sealed class FakeClockPortalFactory : PortalFactory
{
    public FakeClockPortalFactory()
        : base(null, new Dictionary<string, string?> { ["Content:Scheduler:Interval"] = "1.00:00:00" })
    {
    }

    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
