using System.Globalization;
using Portal.Tips.Sealing;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>dotnet Portal.Web.dll seal-tips [--drop-server-copies] [--batch-size N]</c>: seals the tips taken before the
/// province's units had keys (docs/security.md, "Sealed tips"). Prints counts only. Without
/// <c>--drop-server-copies</c> the server keeps its copy of a tip's key until the tip's reporter comes back with the
/// receipt and gets their own share; with it, every copy goes and reporters who never came back can see their tip's
/// status but no longer its messages.
/// </summary>
internal sealed class SealTipsCommand(TipSealMigration migration, TextWriter? output = null, TextWriter? error = null)
{
    public const string Name = "seal-tips";

    private readonly TextWriter console = output ?? Console.Out;
    private readonly TextWriter errors = error ?? Console.Error;

    public async Task<int> RunAsync(bool dropServerCopies, string? batchSizeOption, CancellationToken cancellationToken = default)
    {
        var batchSize = TipSealMigration.DefaultBatchSize;
        if (batchSizeOption is not null
            && (!int.TryParse(batchSizeOption, NumberStyles.None, CultureInfo.InvariantCulture, out batchSize) || batchSize < 1))
        {
            await errors.WriteLineAsync($"{Name}: --batch-size must be a whole number above 0, e.g. {Name} --batch-size 500");
            return 2;
        }

        var result = await migration.SealAllAsync(dropServerCopies, batchSize, cancellationToken);
        await console.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {result.Checked} checked, {result.Sealed} sealed, {result.ServerCopyDropped} no longer open to the server, {result.NoProvincialKey} waiting for a provincial key, {result.Unreadable} unreadable."));
        if (result.NoProvincialKey > 0)
        {
            await errors.WriteLineAsync($"{Name}: the provincial office has no unit key yet: make it with create-unit-key --unit province --members …, then run {Name} again.");
        }

        return result.Unreadable > 0 || result.NoProvincialKey > 0 ? 1 : 0;
    }
}
