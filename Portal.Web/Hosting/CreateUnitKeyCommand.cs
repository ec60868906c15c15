using Portal.Tips.Police;
using Portal.Tips.Sealing;
using Portal.Web.Identity;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>dotnet Portal.Web.dll create-unit-key --unit KEY --members EMAIL[,EMAIL…]</c>: gives a unit (a division key, or
/// <c>province</c> for the provincial office) its first key, shared with its first members, and prints the unit's
/// recovery digits once, to be printed and kept offline under four eyes. The members must have signed in once (that
/// is when their own key pair is made). Tips are sealed from the moment the provincial office has a key.
/// </summary>
internal sealed class CreateUnitKeyCommand(UnitKeyStore store, StaffDirectory staff, TextWriter? output = null, TextWriter? error = null)
{
    public const string Name = "create-unit-key";

    private readonly TextWriter console = output ?? Console.Out;
    private readonly TextWriter errors = error ?? Console.Error;

    public async Task<int> RunAsync(string? unit, string? members, CancellationToken cancellationToken = default)
    {
        if (unit is null || !Jurisdictions.IsKnown(unit) || string.IsNullOrWhiteSpace(members))
        {
            await errors.WriteLineAsync($"{Name}: give a known unit and its first members, e.g. {Name} --unit 620102 --members a@example.gov.cn,b@example.gov.cn");
            return 2;
        }

        var ids = new List<string>();
        foreach (var email in members.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (await staff.ContactByEmailAsync(email) is not { } user)
            {
                await errors.WriteLineAsync($"{Name}: no account {email}.");
                return 1;
            }

            ids.Add(user.Id);
        }

        var created = await store.CreateUnitAsync(Name, unit, ids, cancellationToken);
        if (created.Error is { } problem)
        {
            await errors.WriteLineAsync(problem == UnitKeyStore.NotEnrolled
                ? $"{Name}: every member must sign in once before the unit key is made (that makes their own key)."
                : $"{Name}: {problem}");
            return 1;
        }

        await console.WriteLineAsync($"{Name}: {unit} has its key, shared with {ids.Count} member(s).");
        await console.WriteLineAsync($"{Name}: recovery digits (print once, keep offline, open only with a second person present):");
        await console.WriteLineAsync(created.Value);
        return 0;
    }
}
