using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.AntiBot;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tests.Reporting.Pages;

/// <summary>
/// A portal with reCAPTCHA turned on and a local fake siteverify (which can also stand in for the script origin),
/// at most 2 unverified tips per client so the stricter limit shows.
/// </summary>
internal sealed class RecaptchaHarness : IAsyncDisposable
{
    private RecaptchaHarness(FakeSiteVerify siteVerify, PortalFactory portal)
    {
        SiteVerify = siteVerify;
        Portal = portal;
    }

    public FakeSiteVerify SiteVerify { get; }

    public PortalFactory Portal { get; }

    /// <param name="localScript">Load the script from the fake (browser tests) instead of the default origin.</param>
    public static async Task<RecaptchaHarness> StartAsync(bool localScript = false)
    {
        var siteVerify = await FakeSiteVerify.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Tips:AntiBot:Recaptcha:Enabled"] = "true",
            ["Tips:AntiBot:Recaptcha:SiteKey"] = "test-site-key",
            ["Tips:AntiBot:Recaptcha:Secret"] = "test-secret",
            ["Tips:AntiBot:Recaptcha:SiteVerifyUrl"] = siteVerify.Url.ToString(),
            ["Tips:AntiBot:Recaptcha:AllowedHostnames:0"] = "tips.example.cn",
            ["Tips:SubmissionLimits:Verified"] = "100",
            ["Tips:SubmissionLimits:Unverified"] = "2",
        };
        if (localScript)
        {
            settings["Tips:AntiBot:Recaptcha:ScriptOrigin"] = siteVerify.Origin.ToString();
        }

        return new RecaptchaHarness(siteVerify, new PortalFactory(null, settings));
    }

    public async Task<Tip> NewestTipAsync()
    {
        await using var context = await Portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        return await context.Set<Tip>().OrderByDescending(t => t.ReceivedAt).FirstAsync();
    }

    public TipReport ReportOf(Tip tip) => Portal.Services.GetRequiredService<TipKeyring>().ReadReport(tip);

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        await SiteVerify.DisposeAsync();
    }
}
