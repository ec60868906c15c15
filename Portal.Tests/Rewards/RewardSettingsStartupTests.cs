using Portal.Tests.Infrastructure;

namespace Portal.Tests.Rewards;

/// <summary>A wrong reward schedule or office setting stops the host with one line naming it.</summary>
[ProcessTest]
public sealed class RewardSettingsStartupTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public static TheoryData<string, string> BrokenSettings => new()
    {
        { "Tips__Rewards__Schedule__0__Code=verified;Tips__Rewards__Schedule__0__Label=线索查证属实;Tips__Rewards__Schedule__0__AmountYuan=0", "Tips:Rewards:Schedule:0:AmountYuan" },
        { "Tips__Rewards__Schedule__0__Code=Verified!;Tips__Rewards__Schedule__0__Label=线索查证属实;Tips__Rewards__Schedule__0__AmountYuan=500", "Tips:Rewards:Schedule:0:Code" },
        { "Tips__Rewards__Offices__620100__Name=兰州市公安局", "Tips:Rewards:Offices:default" },
        { "Tips__Rewards__Offices__default__Name=甘肃省公安厅;Tips__Rewards__Offices__999999__Name=不存在", "Tips:Rewards:Offices:999999" },
    };

    [Theory]
    [MemberData(nameof(BrokenSettings))]
    public async Task A_bad_reward_setting_stops_the_host_with_one_line_naming_it(string settings, string namedSetting)
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = $"Data Source={folder.File("portal.db")}",
            ["Storage__FileSystemRoot"] = folder.File("blobs"),
        };
        foreach (var setting in settings.Split(';'))
        {
            var (key, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            environment[key] = value;
        }

        var result = await PortalProcess.RunAsync(folder.Path, environment);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Start-up stopped: " + namedSetting + ":", line, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
