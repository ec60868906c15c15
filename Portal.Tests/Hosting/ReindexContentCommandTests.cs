using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Data;
using Portal.Content.Search;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Content.Search;
using Portal.Tests.Infrastructure;
using Portal.Web.Hosting;

namespace Portal.Tests.Hosting;

[IntegrationTest]
public sealed class ReindexContentCommandTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_command_is_recognised_and_rebuilds_a_lost_index_printing_counts()
    {
        Assert.Equal(PortalCommandLine.ReindexContent, PortalCommandLine.Parse(["reindex-content"]).Name);
        var newsroom = await PortalNewsroom.CreateAsync(factory.Services);
        var marker = SearchMarkers.Han();
        var published = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("重建"), Drafts.Paragraph($"<p>{marker}</p>")));
        await using (var context = await factory.Services.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContextAsync())
        {
            await context.Set<SearchPosting>().ExecuteDeleteAsync();
            await context.Set<SearchDocument>().ExecuteDeleteAsync();
        }

        using var output = new StringWriter();
        var exitCode = await ActivatorUtilities.CreateInstance<ReindexContentCommand>(factory.Services, output).RunAsync();

        Assert.Equal(0, exitCode);
        Assert.Matches(@"reindex-content: done: [1-9]\d* items checked, [1-9]\d* published items in the search index\.$", output.ToString().Trim());
        var found = await factory.Services.GetRequiredService<ContentSearch>().SearchAsync(new ContentSearchQuery { Text = marker });
        Assert.Equal(published.ItemId, Assert.Single(found.Value!.Items).ItemId);
    }
}
