using System.Net;
using Microsoft.Playwright;

namespace Portal.Rehearsal;

/// <summary>
/// The publisher takes a live article down on node A (its staff page, circuit pinned to A) while node B holds the
/// page in the output cache; B must stop serving it at once, not when the cached copy expires. Then the publisher
/// puts it back up and B serves it again.
/// </summary>
internal static class Publication
{
    public static async Task AcrossNodesAsync(RehearsalState state)
    {
        var settings = state.Settings;
        var publisher = state.RequirePublisher();
        var article = await Database.QueryAsync(settings,
            "SELECT i.\"Id\" || ' ' || i.\"Slug\" FROM content.\"Items\" i WHERE i.\"Type\" = 'Article' AND i.\"Culture\" = 'zh-CN' AND i.\"PublishedVersionId\" IS NOT NULL AND NOT i.\"IsDeleted\" ORDER BY i.\"Slug\" LIMIT 1");
        if (article.Split(' ', 2) is not [var id, var slug])
        {
            throw new StepFailed($"no live zh-CN article in the seeded content ('{article}')");
        }

        var path = "/read/" + Uri.EscapeDataString(slug);
        using var nodeB = Clients.Direct(settings.NodeB);
        using (var first = await nodeB.GetAsync(new Uri(path, UriKind.Relative)))
        {
            if (first.StatusCode != HttpStatusCode.OK)
            {
                throw new StepFailed($"node B answered {(int)first.StatusCode} for the live article {path}");
            }
        }

        using (var cached = await nodeB.GetAsync(new Uri(path, UriKind.Relative)))
        {
            if (cached.StatusCode != HttpStatusCode.OK || cached.Headers.Age is null)
            {
                throw new StepFailed($"node B's second answer for {path} is {(int)cached.StatusCode} and not from its output cache (no Age header)");
            }
        }

        var route = await Routes.ForNodeAsync(settings, "A");
        var mark = Routes.LogLength(settings);
        await using var context = await state.Staff.NewContextAsync(route);
        var page = await Staff.SignInAsync(context, settings, publisher, $"/staff/content/{id}");
        await page.Locator("[data-testid=editor-heading]").WaitForAsync(new() { Timeout = 45_000 });
        await page.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        await page.Locator("[data-testid=workflow-unpublish]").ClickAsync();
        await page.Locator("[data-testid=workflow-unpublish-confirm]").ClickAsync();
        await page.Locator("[data-testid=workflow-feedback]", new() { HasText = "已下线" }).WaitForAsync(new() { Timeout = 30_000 });
        using (var gone = await nodeB.GetAsync(new Uri(path, UriKind.Relative)))
        {
            if (gone.StatusCode != HttpStatusCode.NotFound)
            {
                throw new StepFailed($"right after the article was taken down on node A, node B still answers {(int)gone.StatusCode}{(gone.Headers.Age is null ? "" : " from its output cache")} for {path}");
            }
        }

        var circuitNodes = Routes.UpstreamsSince(settings, mark, "/_blazor");
        var expected = Routes.Address(settings, "A");
        if (circuitNodes.Count == 0 || circuitNodes.Any(address => address != expected))
        {
            throw new StepFailed($"the publisher's circuit went to [{string.Join(", ", circuitNodes)}], not only node A ({expected})");
        }

        await page.Locator("[data-testid=workflow-publish]").ClickAsync();
        await page.Locator("[data-testid=workflow-publish-confirm]").ClickAsync();
        await page.Locator("[data-testid=workflow-feedback]", new() { HasText = "已发布" }).WaitForAsync(new() { Timeout = 30_000 });
        using var back = await nodeB.GetAsync(new Uri(path, UriKind.Relative));
        if (back.StatusCode != HttpStatusCode.OK)
        {
            throw new StepFailed($"published again on node A, the article answers {(int)back.StatusCode} on node B");
        }
    }
}
