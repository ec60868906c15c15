using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Sealing;
using Portal.Web.Hosting;
using Portal.Web.Identity;

namespace Portal.Tests.Hosting;

/// <summary>
/// The operator's two unit-key commands: <c>create-unit-key</c> gives a unit its first key and prints the recovery
/// digits once; <c>recover-unit-key</c> restores a unit whose members are gone, only with the digits and two different
/// security administrators, each with their authenticator's code.
/// </summary>
[IntegrationTest]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnitKeyCommandsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private T Service<T>()
        where T : notnull => portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task A_unit_key_is_made_for_signed_in_members_and_restored_by_two_administrators()
    {
        var first = await TestUsers.CreateAsync(portal.Services, PortalRoles.Officer);
        var newcomer = await TestUsers.CreateAsync(portal.Services, PortalRoles.Officer);
        var admin1 = await TestUsers.CreateAsync(portal.Services, PortalRoles.SecurityAdministrator);
        var admin2 = await TestUsers.CreateAsync(portal.Services, PortalRoles.SecurityAdministrator);
        var admin3 = await TestUsers.CreateAsync(portal.Services, PortalRoles.SecurityAdministrator);
        const string unit = "621100";

        var (code, output, error) = await CreateAsync(unit, first.Email);
        Assert.Equal(1, code);
        Assert.Contains("must sign in once", error, StringComparison.Ordinal);

        await Service<UnitKeyStore>().EnrolAsync(first.Id, first.Password);
        await Service<UnitKeyStore>().EnrolAsync(newcomer.Id, newcomer.Password);
        using var folder = new TemporaryFolder();
        var qrFile = folder.File("recovery-621100.svg");
        (code, output, error) = await CreateAsync(unit, first.Email, qrFile);
        Assert.True(code == 0, error);
        var printed = output.Split('\n', StringSplitOptions.TrimEntries).Single(line => line.Count(char.IsAsciiDigit) == 96);
        Assert.NotNull(RecoveryKey.Parse(printed).Key);
        // The QR code on the console and in the file hold the same digits, which recovery below takes as typed.
        var digits = Decode(ConsoleQrCode(output));
        Assert.Equal(printed.Replace("-", "", StringComparison.Ordinal), digits);
        Assert.Equal(digits, Decode(SvgQrCode(await File.ReadAllTextAsync(qrFile))));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(qrFile));
        Assert.Equal(2, (await CreateAsync("621200", first.Email, qrFile)).Code); // never overwrites a file
        Assert.Equal(2, (await CreateAsync("not-a-unit", first.Email)).Code);
        Assert.True((await Service<UnitKeyStore>().RemoveAsync("test-admin", unit, first.Id)).Succeeded);

        (code, _, error) = await RecoverAsync(unit, newcomer.Email, digits, (admin3.Email, admin3.CurrentCode()), (admin3.Email, admin3.CurrentCode()));
        Assert.Equal(1, code);
        Assert.Contains("two different people", error, StringComparison.Ordinal);
        (code, _, error) = await RecoverAsync(unit, newcomer.Email, digits, (admin2.Email, "000000"), (admin1.Email, admin1.CurrentCode()));
        Assert.Equal(1, code);
        Assert.Contains("not a security administrator with that code", error, StringComparison.Ordinal);
        (code, _, error) = await RecoverAsync(unit, newcomer.Email, digits, (first.Email, first.CurrentCode()), (admin1.Email, admin1.CurrentCode()));
        Assert.Equal(1, code); // an officer is not a security administrator
        Assert.Contains("not a security administrator", error, StringComparison.Ordinal);
        using (var before = (await Service<UnitKeyStore>().UnlockAsync(newcomer.Id, newcomer.Password))!)
        {
            Assert.Empty(before.Units);
        }

        (code, output, error) = await RecoverAsync(unit, newcomer.Email, digits, (admin2.Email, await admin2.UnusedCodeAsync()), (admin1.Email, await admin1.UnusedCodeAsync()));
        Assert.True(code == 0, error);
        Assert.Contains("now holds the key", output, StringComparison.Ordinal);
        using var after = (await Service<UnitKeyStore>().UnlockAsync(newcomer.Id, newcomer.Password))!;
        Assert.Equal([(unit, 1), (unit, 2)], after.Units.Order());
    }

    private async Task<(int Code, string Output, string Error)> CreateAsync(string unit, string members, string? qrFile = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CreateUnitKeyCommand(Service<UnitKeyStore>(), Service<StaffDirectory>(), output, error).RunAsync(unit, members, qrFile);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The console's half blocks back to modules, light where a block is drawn (true = dark).</summary>
    private static bool[,] ConsoleQrCode(string output)
    {
        var lines = output.Split('\n').SkipWhile(line => !line.Contains("QR code", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => line.Length > 0 && line.All(c => c is '█' or '▀' or '▄' or ' ')).ToList();
        Assert.NotEmpty(lines);
        var dark = new bool[2 * lines.Count, lines[0].Length];
        for (var y = 0; y < lines.Count; y++)
        {
            Assert.Equal(lines[0].Length, lines[y].Length);
            for (var x = 0; x < lines[y].Length; x++)
            {
                dark[2 * y, x] = lines[y][x] is '▄' or ' ';
                dark[(2 * y) + 1, x] = lines[y][x] is '▀' or ' ';
            }
        }

        return dark;
    }

    /// <summary>The SVG's dark path (QRCoder draws each run of dark modules as "Mx yhWv1h-Wz", in modules) on its grid.</summary>
    private static bool[,] SvgQrCode(string svg)
    {
        var root = System.Xml.Linq.XElement.Parse(svg);
        var size = int.Parse(root.Attribute("viewBox")!.Value.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        var path = root.Elements().Single(e => e.Name.LocalName == "path" && e.Attribute("fill")?.Value == "#000").Attribute("d")!.Value;
        var dark = new bool[size, size];
        var runs = System.Text.RegularExpressions.Regex.Matches(path, @"M(\d+) (\d+)h(\d+)v1h-\3z");
        Assert.Equal(path.Length, runs.Sum(run => run.Length));
        foreach (System.Text.RegularExpressions.Match run in runs)
        {
            var (x0, y, width) = (int.Parse(run.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(run.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(run.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
            for (var x = x0; x < x0 + width; x++)
            {
                dark[y, x] = true;
            }
        }

        return dark;
    }

    /// <summary>Renders the modules at 4 pixels each into a grey image and reads it with ZXing.</summary>
    private static string Decode(bool[,] dark)
    {
        const int Scale = 4;
        var (height, width) = (dark.GetLength(0) * Scale, dark.GetLength(1) * Scale);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = dark[y / Scale, x / Scale] ? (byte)0 : (byte)255;
            }
        }

        var reader = new ZXing.BarcodeReaderGeneric { Options = { PossibleFormats = [ZXing.BarcodeFormat.QR_CODE], TryHarder = true } };
        var result = reader.Decode(new ZXing.RGBLuminanceSource(pixels, width, height, ZXing.RGBLuminanceSource.BitmapFormat.Gray8));
        Assert.NotNull(result);
        return result.Text;
    }

    private async Task<(int Code, string Output, string Error)> RecoverAsync(string unit, string member, string digits, (string Email, string Code) one, (string Email, string Code) two)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        using var input = new StringReader(string.Join('\n', digits, one.Email, one.Code, two.Email, two.Code));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = new RecoverUnitKeyCommand(Service<UnitKeyStore>(), scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>(), input, output, error);
        var code = await command.RunAsync(unit, member);
        return (code, output.ToString(), error.ToString());
    }
}
