using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Tips.Protection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Protection;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[UnitTest]
public sealed class KeyFileProviderTests : IDisposable
{
    private readonly KeyDirectory keys = KeyDirectory.WithVersions(TestKeys.HashKey, (1, TestKeys.Kek1), (2, TestKeys.Kek2));

    [Fact]
    public void Keys_from_the_directory_wrap_under_the_current_version_and_unwrap_what_configuration_wrapped()
    {
        keys.Write("current", "2\n");
        var fromFiles = Provider(Options());
        var fromConfiguration = TestKeys.Provider(TestKeys.Options(currentVersion: 1));
        var dataKey = TipDataKey.Generate();

        Assert.Equal(2, fromFiles.CurrentVersion);
        Assert.Equal(2, fromFiles.Wrap(dataKey).KekVersion);
        Assert.Equal(dataKey, fromFiles.Unwrap(fromConfiguration.Wrap(dataKey)));
    }

    [Fact]
    public void The_same_hash_key_in_a_file_gives_the_same_receipt_hashes_as_in_configuration()
    {
        keys.Write("current", "1");
        var number = Encoding.UTF8.GetBytes("1234567890123456");

        Assert.Equal(
            TestKeys.Provider(TestKeys.Options()).KeyedHash("receipt-number", number),
            Provider(Options()).KeyedHash("receipt-number", number));
    }

    [Fact]
    public void The_current_version_may_come_from_configuration_instead_of_a_file()
    {
        var options = Options();
        options.CurrentVersion = 1;

        Assert.Equal(1, Provider(options).CurrentVersion);
    }

    [Fact]
    public void Configuration_and_current_file_that_disagree_are_refused()
    {
        keys.Write("current", "2");
        var options = Options();
        options.CurrentVersion = 1;

        Assert.StartsWith("Tips:Keys:CurrentVersion: is 1 but 'current' ", SingleFailure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void No_current_version_anywhere_is_refused()
    {
        Assert.StartsWith("Tips:Keys:CurrentVersion: not set, and ", SingleFailure(Options()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_current_version_without_its_file_is_refused()
    {
        keys.Write("current", "3");

        Assert.StartsWith("Tips:Keys:CurrentVersion: version 3 has no key; add kek-3.key", SingleFailure(Options()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_directory_is_refused()
    {
        var options = Options();
        options.KeyFileDirectory = Path.Combine(keys.Path, "no-such-directory");

        Assert.Equal($"Tips:Keys:KeyFileDirectory: the directory '{options.KeyFileDirectory}' does not exist.", SingleFailure(options));
    }

    [Fact]
    public void No_directory_setting_is_refused()
    {
        var options = Options();
        options.KeyFileDirectory = null;

        Assert.StartsWith("Tips:Keys:KeyFileDirectory: a directory is required", SingleFailure(options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kek-1.key", "not base64 at all!")]
    [InlineData("kek-1.key", "AAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("kek-2.key", "")]
    [InlineData("hash.key", "c2hvcnQ=")]
    public void A_malformed_key_file_is_named(string name, string content)
    {
        keys.Write("current", "1");
        keys.Write(name, content);

        Assert.Equal($"Tips:Keys:KeyFileDirectory: '{name}' must hold 32 bytes in base64.", SingleFailure(Options()));
    }

    [Theory]
    [InlineData("kek-01.key")]
    [InlineData("kek-one.key")]
    [InlineData("kek-3.txt")]
    public void A_misnamed_key_file_is_named_rather_than_ignored(string name)
    {
        keys.Write("current", "1");
        keys.Write(name, TestKeys.NewKey());

        Assert.StartsWith($"Tips:Keys:KeyFileDirectory: '{name}' is not a key file name;", SingleFailure(Options()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_without_the_hash_key_is_refused()
    {
        keys.Write("current", "1");
        keys.Delete("hash.key");

        Assert.StartsWith("Tips:Keys:KeyFileDirectory: ", SingleFailure(Options()), StringComparison.Ordinal);
        Assert.Contains("has no hash.key", SingleFailure(Options()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_without_any_key_encryption_key_is_refused()
    {
        keys.Write("current", "1");
        keys.Delete("kek-1.key");
        keys.Delete("kek-2.key");

        Assert.Contains("holds no key-encryption key", SingleFailure(Options()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kek-1.key", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, "0640")]
    [InlineData("kek-2.key", UnixFileMode.UserRead | UnixFileMode.OtherRead, "0404")]
    [InlineData("hash.key", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, "0644")]
    [InlineData("current", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherWrite, "0602")]
    public void A_file_that_group_or_others_can_read_or_write_is_refused(string name, UnixFileMode mode, string octal)
    {
        keys.Write("current", "1");
        var path = Path.Combine(keys.Path, name);
        File.SetUnixFileMode(path, mode);

        Assert.Equal($"Tips:Keys:KeyFileDirectory: '{name}' is readable or writable by group or others (mode {octal}); chmod 600 it.", SingleFailure(Options()));
    }

    [Fact]
    public void A_read_only_private_file_is_accepted()
    {
        keys.Write("current", "1", UnixFileMode.UserRead);
        File.SetUnixFileMode(Path.Combine(keys.Path, "kek-1.key"), UnixFileMode.UserRead);

        Assert.Equal(1, Provider(Options()).CurrentVersion);
    }

    [Fact]
    public void A_directory_that_others_can_write_to_is_refused()
    {
        keys.Write("current", "1");
        File.SetUnixFileMode(keys.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);

        Assert.StartsWith($"Tips:Keys:KeyFileDirectory: the directory '{keys.Path}' is writable by group or others (mode 0707)", SingleFailure(Options()), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_left_in_configuration_must_equal_the_files()
    {
        keys.Write("current", "1");
        var same = Options();
        same.Versions["1"] = TestKeys.Kek1;
        same.HashKey = TestKeys.HashKey;
        Assert.Equal(1, Provider(same).CurrentVersion);

        var otherKek = Options();
        otherKek.Versions["1"] = TestKeys.NewKey();
        Assert.StartsWith("Tips:Keys:Versions:1: differs from the key in ", SingleFailure(otherKek), StringComparison.Ordinal);

        var otherHash = Options();
        otherHash.HashKey = TestKeys.NewKey();
        Assert.StartsWith("Tips:Keys:HashKey: differs from the hash key in ", SingleFailure(otherHash), StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_reads_a_relative_directory_under_the_content_root()
    {
        keys.Write("current", "2");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tips:Keys:Provider"] = "keyfile",
            ["Tips:Keys:KeyFileDirectory"] = Path.GetFileName(keys.Path),
        }).Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new ContentRoot(Path.GetDirectoryName(keys.Path)!))
            .AddTipProtection()
            .BuildServiceProvider();

        var provider = services.GetRequiredService<IKeyEncryptionKeyProvider>();

        Assert.Equal(2, provider.CurrentVersion);
        Assert.Equal(keys.Path, services.GetRequiredService<IOptions<TipKeyOptions>>().Value.KeyFileDirectory);
    }

    public void Dispose() => keys.Dispose();

    private TipKeyOptions Options() => new() { Provider = "KeyFile", KeyFileDirectory = keys.Path };

    private static KeyEncryptionKeyProvider Provider(TipKeyOptions options) => TestKeys.Provider(options);

    private static string SingleFailure(TipKeyOptions options)
    {
        var result = new TipKeyOptionsValidator().Validate(null, options);
        Assert.True(result.Failed, "The options were accepted.");
        var failure = Assert.Single(result.Failures!);
        Assert.DoesNotContain('\n', failure);
        Assert.Throws<OptionsValidationException>(() => Provider(options));
        return failure;
    }

    private sealed class ContentRoot(string path) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Portal.Tests";

        public string ContentRootPath { get; set; } = path;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
