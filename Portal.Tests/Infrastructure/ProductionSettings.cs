using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// What a Production host needs before it will serve (environment-variable names): a certificate for the key ring
/// and a TLS proxy in front. Portal processes started by tests get these unless a test overrides them. One throw-away
/// certificate serves as the key ring's and as the test servers' TLS certificate.
/// </summary>
public static class ProductionSettings
{
    /// <summary>Protects only a throw-away test certificate, created per test run.</summary>
    public const string CertificatePassword = "test-key-ring-pfx";

    public static IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["DataProtection__CertificatePath"] = TlsCertificatePath,
        ["DataProtection__CertificatePassword"] = CertificatePassword,
        ["ReverseProxy__KnownProxies__0"] = "127.0.0.1",
    };

    /// <summary>
    /// A TLS certificate for 127.0.0.1, for a test server that speaks https itself: clients, like browsers, only send
    /// Secure cookies over https. Its clients accept exactly this certificate (<see cref="TrustsTestServer"/>).
    /// </summary>
    public static X509Certificate2 TlsCertificate => Tls.Value;

    private static readonly Lazy<X509Certificate2> Tls = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    });

    /// <summary><see cref="TlsCertificate"/> as a .pfx file (password <see cref="CertificatePassword"/>), for Kestrel in a portal process.</summary>
    public static string TlsCertificatePath => TlsFile.Value;

    private static readonly Lazy<string> TlsFile = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-test-tls-{System.Environment.ProcessId}.pfx");
        File.WriteAllBytes(path, TlsCertificate.Export(X509ContentType.Pfx, CertificatePassword));
        return path;
    });

    /// <summary>A handler that keeps cookies and trusts the test servers' certificate, and only that one.</summary>
    public static HttpClientHandler TrustingHandler() => new()
    {
        AllowAutoRedirect = false,
        CookieContainer = new System.Net.CookieContainer(),
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) => TrustsTestServer(certificate),
    };

    public static bool TrustsTestServer(X509Certificate? certificate) =>
        certificate is not null && certificate.GetCertHashString() == TlsCertificate.GetCertHashString();
}
