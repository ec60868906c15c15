using Portal.Tips.Police;
using Portal.Tips.Sealing;
using Portal.Web.Identity;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>dotnet Portal.Web.dll create-unit-key --unit KEY --members EMAIL[,EMAIL…] [--qr-file PATH]</c>: gives a unit (a
/// division key, or <c>province</c> for the provincial office) its first key, shared with its first members, and prints
/// the unit's recovery digits once, with a QR code of them, to be printed and kept offline under four eyes; with
/// <c>--qr-file</c> the QR code is also written as an SVG file (new, mode 0600) for a printer. The members must have
/// signed in once (that is when their own key pair is made). Tips are sealed from the moment the provincial office has
/// a key.
/// </summary>
internal sealed class CreateUnitKeyCommand(UnitKeyStore store, StaffDirectory staff, TextWriter? output = null, TextWriter? error = null)
{
    public const string Name = "create-unit-key";

    private readonly TextWriter console = output ?? Console.Out;
    private readonly TextWriter errors = error ?? Console.Error;

    public async Task<int> RunAsync(string? unit, string? members, string? qrFile = null, CancellationToken cancellationToken = default)
    {
        if (unit is null || !Jurisdictions.IsKnown(unit) || string.IsNullOrWhiteSpace(members))
        {
            await errors.WriteLineAsync($"{Name}: give a known unit and its first members, e.g. {Name} --unit 620102 --members a@example.gov.cn,b@example.gov.cn");
            return 2;
        }

        // Checked before the key is made: the digits are shown once, so the file must not fail afterwards.
        if (qrFile is not null && (File.Exists(qrFile) || Directory.Exists(qrFile) || !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(qrFile)))))
        {
            await errors.WriteLineAsync($"{Name}: --qr-file {qrFile}: give a new file in an existing folder (an existing file is never overwritten).");
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
        var code = RecoveryQrCode.Encode(created.Value!);
        await console.WriteLineAsync($"{Name}: the same digits as a QR code (scan it from this screen, or print it with --qr-file):");
        await console.WriteAsync(RecoveryQrCode.ToText(code));
        if (qrFile is not null)
        {
            await WriteOwnerOnlyAsync(qrFile, RecoveryQrCode.ToSvg(code), cancellationToken);
            await console.WriteLineAsync($"{Name}: the QR code is in {qrFile}; print it, then delete the file.");
        }

        return 0;
    }

    private static async Task WriteOwnerOnlyAsync(string path, string content, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var file = new StreamWriter(path, System.Text.Encoding.UTF8, options);
        await file.WriteAsync(content.AsMemory(), cancellationToken);
    }
}
