using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;
using Portal.Web.Identity.Data;

namespace Portal.Tests.Integration;

[ProcessTest]
public sealed class KeyRingProtectionTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task With_a_certificate_configured_the_stored_key_ring_is_encrypted_and_sign_in_still_works()
    {
        var certificatePath = folder.File("keyring.pfx");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Portal key ring (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
            await File.WriteAllBytesAsync(certificatePath, certificate.Export(X509ContentType.Pfx, "test-pfx-password"));
        }

        using var portal = new PortalFactory(null, new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = certificatePath,
            ["DataProtection:CertificatePassword"] = "test-pfx-password",
        });
        var editor = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        using var client = portal.CreateBrowserLikeClient();

        await StaffSignIn.WithAuthenticatorAsync(client, editor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        await using var scope = portal.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PortalIdentityDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_rotated_certificate_keeps_staff_signed_in_while_the_previous_one_is_configured()
    {
        var database = $"Data Source={folder.File("rotation.db")}";
        var first = await WriteCertificateAsync("first.pfx");
        var second = await WriteCertificateAsync("second.pfx");
        var cookies = new CookieContainer();
        TestUsers.TestUser editor;
        using (var before = new PortalFactory(null, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = database,
            ["DataProtection:CertificatePath"] = first,
            ["DataProtection:CertificatePassword"] = "test-pfx-password",
        }))
        {
            editor = await TestUsers.CreateAsync(before.Services, PortalRoles.Editor);
            using var client = before.CreateDefaultClient(PortalFactory.SecureBaseAddress, new CookieContainerHandler(cookies));
            await StaffSignIn.WithAuthenticatorAsync(client, editor);
        }

        using var after = new PortalFactory(null, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = database,
            ["DataProtection:CertificatePath"] = second,
            ["DataProtection:CertificatePassword"] = "test-pfx-password",
            ["DataProtection:PreviousCertificatePath"] = first,
            ["DataProtection:PreviousCertificatePassword"] = "test-pfx-password",
        });
        using var sameBrowser = after.CreateDefaultClient(PortalFactory.SecureBaseAddress, new CookieContainerHandler(cookies));

        Assert.Equal(HttpStatusCode.OK, (await sameBrowser.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task A_key_ring_certificate_that_does_not_load_stops_the_host_with_one_line()
    {
        await File.WriteAllTextAsync(folder.File("not-a-certificate.pfx"), "hello");

        var result = await PortalProcess.RunAsync(folder.Path, new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = $"Data Source={folder.File("portal.db")}",
            ["Storage__FileSystemRoot"] = folder.File("blobs"),
            ["DataProtection__CertificatePath"] = folder.File("not-a-certificate.pfx"),
        });

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Start-up stopped: DataProtection:CertificatePath:", line, StringComparison.Ordinal);
    }

    private async Task<string> WriteCertificateAsync(string name)
    {
        var path = folder.File(name);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Portal key ring (test) " + name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "test-pfx-password"));
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
