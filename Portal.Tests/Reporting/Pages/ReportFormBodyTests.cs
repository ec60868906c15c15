using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tests.Reporting.Pages;

/// <summary>The report form's multipart post is read once, as it streams in: what is typed arrives unchanged, within the limits.</summary>
[IntegrationTest]
public sealed class ReportFormBodyTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory portal;

    public ReportFormBodyTests(PortalFactory portal) => this.portal = portal;

    /// <summary>As a browser sends this form: multipart, the empty file input included.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var form = await HtmlPage.GetAsync(client, "/report");
        return await form.SubmitMultipartAsync(client, fields, [], "main form[data-altcha-challenge]");
    }

    private async Task<List<string>> NarrativesAsync()
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var keyring = portal.Services.GetRequiredService<TipKeyring>();
        return [.. (await context.Set<Tip>().ToListAsync()).Select(t => TipKeyring.Unseal<TipReport>(keyring.Open(t), t.Id, "report", t.EncryptedReport).WhatHappened)];
    }

    [Fact]
    public async Task Text_that_looks_like_form_syntax_and_characters_outside_the_basic_plane_arrive_exactly_as_typed()
    {
        using var client = portal.CreateBrowserLikeClient();
        var narrative = "a&b=c+d%20e;f 车站 ☃ 𠀀😀 " + Guid.NewGuid().ToString("N");
        var fields = TipForms.Fields(narrative);
        fields["Form.People[0].Description"] = "穿红衣服 & 戴帽子 = 100%";

        var posted = await SubmitAsync(client, fields);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains(narrative, await NarrativesAsync());
    }

    [Fact]
    public async Task Text_fields_larger_together_than_the_form_allows_are_refused_and_no_tip_is_stored()
    {
        using var client = portal.CreateBrowserLikeClient();
        var before = (await NarrativesAsync()).Count;
        // 200,000 characters of three bytes each: over the half megabyte all text fields together may take.
        var fields = TipForms.Fields(new string('车', 200_000));

        var posted = await SubmitAsync(client, fields);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, posted.StatusCode);
        Assert.Equal(before, (await NarrativesAsync()).Count);
    }

    [Fact]
    public async Task A_post_of_the_form_with_none_of_its_fields_is_answered_with_the_errors_not_an_empty_form()
    {
        using var client = portal.CreateBrowserLikeClient();
        var form = await HtmlPage.GetAsync(client, "/report");
        var hidden = form.Document.QuerySelectorAll("main form[data-altcha-challenge] input[type=hidden]")
            .Where(input => input.GetAttribute("name") is "_handler" or "__RequestVerificationToken")
            .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value")!);
        Assert.Equal(2, hidden.Count);

        using var content = new FormUrlEncodedContent(hidden);
        var answer = await HtmlPage.ParseAsync(await client.PostAsync(new Uri("/report", UriKind.Relative), content));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("必须填写", answer.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
