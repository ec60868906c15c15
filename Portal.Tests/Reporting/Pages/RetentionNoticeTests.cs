using Portal.Tests.Infrastructure;

namespace Portal.Tests.Reporting.Pages;

/// <summary>The report form tells reporters the retention periods that are actually configured.</summary>
[IntegrationTest]
public sealed class RetentionNoticeTests
{
    [Fact]
    public async Task The_report_form_states_the_configured_periods_in_chinese_and_english()
    {
        await using var portal = new PortalFactory(null, new Dictionary<string, string?>
        {
            ["Tips:Retention:Spam"] = "45.00:00:00",
            ["Tips:Retention:Substantiated"] = "3650.00:00:00",
        });
        using var client = portal.CreateBrowserLikeClient();

        var chinese = (await HtmlPage.GetAsync(client, "/report")).Document.QuerySelector("[data-testid=retention-notice]")!.TextContent;
        Assert.Contains("查证属实的 10 年，未查实的 1 年，重复线索 1 年，移交其他部门的 2 年，无效线索 45 天", chinese, StringComparison.Ordinal);
        Assert.Contains("彻底删除", chinese, StringComparison.Ordinal);

        var english = (await HtmlPage.GetAsync(client, "/report?lang=en")).Document.QuerySelector("[data-testid=retention-notice]")!.TextContent;
        Assert.Contains("substantiated 10 years, unsubstantiated 1 year, duplicates 1 year, referred elsewhere 2 years, spam 45 days", english, StringComparison.Ordinal);
    }
}
