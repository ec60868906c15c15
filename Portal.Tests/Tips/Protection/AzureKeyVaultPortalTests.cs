using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Reporting;
using Portal.Tips.Protection;

namespace Portal.Tests.Tips.Protection;

/// <summary>The whole portal on the AzureKeyVault key provider: keys read at start-up, then never again.</summary>
[IntegrationTest]
public sealed class AzureKeyVaultPortalTests : IAsyncLifetime
{
    private FakeKeyVault vault = null!;
    private string hashKeyVersion = "";

    public async Task InitializeAsync()
    {
        vault = await FakeKeyVault.StartAsync();
        // The keys the other test hosts have in configuration, moved into the vault: tips and receipts carry over.
        vault.SetSecret("tip-kek", Infrastructure.TestKeys.Settings["Tips:Keys:Versions:1"], new Dictionary<string, string> { [AzureKeyVaultKeyOptions.VersionTag] = "1" });
        hashKeyVersion = vault.SetSecret("tip-hash-key", Infrastructure.TestKeys.Settings["Tips:Keys:HashKey"]);
    }

    public async Task DisposeAsync() => await vault.DisposeAsync();

    [Fact]
    public async Task Tips_are_taken_and_receipts_sign_in_without_a_vault_round_trip()
    {
        await using var portal = new VaultPortalFactory(vault);
        var intake = portal.Services.GetRequiredService<TipIntake>();
        var followUp = portal.Services.GetRequiredService<TipFollowUp>();
        Assert.Equal(1, portal.Services.GetRequiredService<IKeyEncryptionKeyProvider>().CurrentVersion);
        var afterStartUp = vault.Requests;

        var submitted = await intake.SubmitAsync(TipSubmissions.Valid());
        var (tipId, receipt) = (submitted.TipId!.Value, submitted.Receipt!);
        var signIn = await followUp.SignInAsync(receipt.Number, receipt.Passphrase, "vault-test");
        Assert.Null((await followUp.ReplyAsync(tipId, "补充：车牌尾号 345")).Error);

        Assert.Equal((ReceiptSignInOutcome.SignedIn, (Guid?)tipId), signIn);
        Assert.Equal("补充：车牌尾号 345", Assert.Single((await followUp.ViewAsync(tipId))!.Messages).Body);
        Assert.True(afterStartUp > 0);
        Assert.Equal(afterStartUp, vault.Requests);
    }

    [Fact]
    public async Task A_hash_key_in_the_vault_that_differs_from_the_configured_one_stops_start_up()
    {
        vault.Disable("tip-hash-key", hashKeyVersion);
        vault.SetSecret("tip-hash-key", TestKeys.NewKey());
        await using var portal = new VaultPortalFactory(vault);

        var exception = Assert.ThrowsAny<Exception>(() => portal.Services.GetRequiredService<IKeyEncryptionKeyProvider>());

        Assert.Contains("Tips:Keys:HashKey: differs from the hash key in the key vault", exception.ToString(), StringComparison.Ordinal);
    }

    private sealed class VaultPortalFactory(FakeKeyVault vault) : PortalFactory(null, new Dictionary<string, string?>
    {
        ["Tips:Keys:Provider"] = "AzureKeyVault",
        ["Tips:Keys:AzureKeyVault:VaultUri"] = FakeKeyVault.VaultUri.ToString(),
    })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<KeyVaultSecretClientFactory>(new LoopbackKeyVaultClients(vault)));
        }
    }
}
