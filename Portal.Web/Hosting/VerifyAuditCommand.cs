using System.Globalization;
using Portal.Tips.Audit;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>dotnet Portal.Web.dll verify-audit [--expect-head HASH]</c>: walks the whole hash-chained tip audit and prints
/// how many entries it checked and the head hash, or the first altered or missing entry and why (exit code 1).
/// Record the head hash somewhere outside the database (a ticket, the operations log): given back as
/// <c>--expect-head</c>, it must still be in the chain, which also catches entries removed from the end.
/// </summary>
internal sealed class VerifyAuditCommand(TipAuditLog audit, TextWriter? output = null, TextWriter? error = null)
{
    public const string Name = "verify-audit";

    private readonly TextWriter console = output ?? Console.Out;
    private readonly TextWriter errors = error ?? Console.Error;

    public async Task<int> RunAsync(string? expectedHead, CancellationToken cancellationToken = default)
    {
        byte[]? expected = null;
        if (expectedHead is not null)
        {
            try
            {
                expected = Convert.FromHexString(expectedHead);
            }
            catch (FormatException)
            {
            }

            if (expected is not { Length: 32 })
            {
                await errors.WriteLineAsync($"{Name}: --expect-head must be a head hash printed by an earlier run (64 hexadecimal digits).");
                return 2;
            }
        }

        var result = await audit.VerifyAsync(cancellationToken);
        if (!result.Intact)
        {
            await errors.WriteLineAsync(Invariant(
                $"{Name}: BROKEN at entry {result.FirstBrokenSequence}: {result.Problem}. {result.EntriesChecked} entries before it are intact."));
            return 1;
        }

        var head = result.HeadHash is { Length: > 0 } hash ? Convert.ToHexStringLower(hash) : "none (the audit is empty)";
        await console.WriteLineAsync(Invariant($"{Name}: {result.EntriesChecked} entries checked, the chain is intact."));
        await console.WriteLineAsync($"{Name}: head hash {head}");
        if (expected is not null)
        {
            var at = await audit.SequenceOfHashAsync(expected, cancellationToken);
            if (at is null)
            {
                await errors.WriteLineAsync($"{Name}: BROKEN: the expected head {Convert.ToHexStringLower(expected)} is no longer in the chain: entries were removed from its end, or the chain was rebuilt.");
                return 1;
            }

            await console.WriteLineAsync(Invariant($"{Name}: the expected head is entry {at}; {result.EntriesChecked - at} entries were added since."));
        }

        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
