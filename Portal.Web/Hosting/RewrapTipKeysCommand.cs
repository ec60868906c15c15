using System.Globalization;
using Portal.Tips.Protection;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>dotnet Portal.Web.dll rewrap-tip-keys [--batch-size N]</c>: after a new KEK version has been made current,
/// rewraps every tip's data key under it, so the old version can be retired. It prints counts only — never a
/// tip id, a key or anything a tip says — and can be run again at any time: a second run rewraps nothing.
/// </summary>
internal sealed class RewrapTipKeysCommand(TipKeyRewrapper rewrapper, IKeyEncryptionKeyProvider keys, TextWriter? output = null, TextWriter? error = null)
{
    public const string Name = "rewrap-tip-keys";

    private readonly TextWriter console = output ?? Console.Out;
    private readonly TextWriter errors = error ?? Console.Error;

    public async Task<int> RunAsync(string? batchSizeOption, CancellationToken cancellationToken = default)
    {
        var batchSize = TipKeyRewrapper.DefaultBatchSize;
        if (batchSizeOption is not null
            && (!int.TryParse(batchSizeOption, NumberStyles.None, CultureInfo.InvariantCulture, out batchSize) || batchSize < 1))
        {
            await errors.WriteLineAsync($"{Name}: --batch-size must be a whole number above 0, e.g. {Name} --batch-size 500");
            return 2;
        }

        var current = keys.CurrentVersion;
        await console.WriteLineAsync(Invariant($"{Name}: rewrapping tip data keys under key-encryption key version {current}, {batchSize} tips a batch."));
        var result = await rewrapper.RewrapAllAsync(
            batchSize,
            new SynchronousProgress(batch => console.WriteLine(Invariant($"{Name}: {Counts(batch)}"))),
            cancellationToken);

        var found = result.FoundByVersion.Count == 0
            ? "none"
            : string.Join(", ", result.FoundByVersion.Select(entry => Invariant($"version {entry.Key}: {entry.Value}")));
        await console.WriteLineAsync($"{Name}: data keys by version before this run: {found}.");
        await console.WriteLineAsync($"{Name}: done: {Counts(result)}.");
        if (result.Unreadable > 0)
        {
            await errors.WriteLineAsync(Invariant(
                $"{Name}: {result.Unreadable} data keys could not be unwrapped (their version is not in the key ring, or they were altered). Keep every key-encryption key version until this is resolved."));
            return 1;
        }

        await console.WriteLineAsync(Invariant(
            $"{Name}: every tip's data key is under version {current}. Older versions can be retired once every web node wraps with version {current} and a further run rewraps 0."));
        return 0;
    }

    private static string Counts(TipKeyRewrapResult result) => Invariant(
        $"{result.Checked} checked, {result.Rewrapped} rewrapped, {result.AlreadyCurrent} already current, {result.Unreadable} unreadable");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary><see cref="Progress{T}"/> posts to the thread pool, so its lines could arrive after the summary.</summary>
    private sealed class SynchronousProgress(Action<TipKeyRewrapResult> report) : IProgress<TipKeyRewrapResult>
    {
        public void Report(TipKeyRewrapResult value) => report(value);
    }
}
