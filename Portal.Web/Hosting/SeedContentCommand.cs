using System.Globalization;
using Portal.Content.Seed;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>dotnet Portal.Web.dll seed-content</c>: fills an empty content database with the seed content (the same as
/// start-up does when <c>Content:Seed:Enabled</c> is true, which is the default) and says what it did. A database that
/// already holds content is left as it is.
/// </summary>
internal sealed class SeedContentCommand(ContentSeeding seeding, TextWriter? output = null)
{
    public const string Name = "seed-content";

    private readonly TextWriter console = output ?? Console.Out;

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var result = await seeding.SeedAsync(cancellationToken);
        var message = result.Outcome switch
        {
            SeedOutcome.Seeded => string.Create(CultureInfo.InvariantCulture, $"{Name}: {result.ItemsPublished} items created and published."),
            SeedOutcome.AlreadySeeded => $"{Name}: the content database already holds content; nothing was added.",
            _ => $"{Name}: another node is seeding this database right now; nothing was added here.",
        };
        await console.WriteLineAsync(message);
        return 0;
    }
}
