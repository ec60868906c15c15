using System.Globalization;
using Portal.Content.Search;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>dotnet Portal.Web.dll reindex-content</c>: rebuilds the search index of published content from the items
/// (after an upgrade that changes how text is split into grams, or a restore). Search keeps answering meanwhile;
/// it can be run again at any time.
/// </summary>
internal sealed class ReindexContentCommand(ContentSearchIndexer indexer, TextWriter? output = null)
{
    public const string Name = "reindex-content";

    private readonly TextWriter console = output ?? Console.Out;

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var result = await indexer.RebuildAsync(
            new SynchronousProgress(batch => console.WriteLine(Line($"{Name}: {batch.ItemsChecked} items checked, {batch.ItemsIndexed} published items indexed"))),
            cancellationToken);
        await console.WriteLineAsync(Line($"{Name}: done: {result.ItemsChecked} items checked, {result.ItemsIndexed} published items in the search index."));
        return 0;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class SynchronousProgress(Action<SearchRebuildResult> report) : IProgress<SearchRebuildResult>
    {
        public void Report(SearchRebuildResult value) => report(value);
    }
}
