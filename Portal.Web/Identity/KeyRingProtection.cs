using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Portal.Web.Identity;

/// <summary>
/// The Data Protection key ring lives in the database so every web node shares it. With
/// <c>DataProtection:CertificatePath</c> set, each key is encrypted with that certificate before it is stored,
/// so a copy of the database alone cannot forge cookies or invitation links.
/// </summary>
public sealed class KeyRingProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with a private key; relative paths are under the content root.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// While rotating: the certificate that was in use before. Keys it encrypted stay readable (staff stay signed in,
    /// invitation links keep working); new keys are encrypted with <see cref="CertificatePath"/> only.
    /// </summary>
    public string? PreviousCertificatePath { get; set; }

    public string? PreviousCertificatePassword { get; set; }
}

internal static class KeyRingCertificate
{
    /// <summary>
    /// Data Protection takes the certificate at registration, so it is read from configuration there. A certificate
    /// that does not load is left out here and reported by <see cref="KeyRingProtectionValidator"/> at start-up,
    /// which stops the host: it never runs with a configured but unusable certificate.
    /// </summary>
    public static void ProtectKeyRing(this IDataProtectionBuilder dataProtection, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(KeyRingProtectionOptions.SectionName).Get<KeyRingProtectionOptions>() ?? new();
        try
        {
            if (Load(options, environment.ContentRootPath) is { HasPrivateKey: true } certificate)
            {
                dataProtection.ProtectKeysWithCertificate(certificate);
                if (LoadPrevious(options, environment.ContentRootPath) is { HasPrivateKey: true } previous)
                {
                    dataProtection.UnprotectKeysWithAnyCertificate(certificate, previous);
                }
            }
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // Reported by the validator at start-up.
        }
    }

    public static X509Certificate2? Load(KeyRingProtectionOptions options, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return null;
        }

        return X509CertificateLoader.LoadPkcs12FromFile(Path.GetFullPath(options.CertificatePath, contentRoot), options.CertificatePassword);
    }

    public static X509Certificate2? LoadPrevious(KeyRingProtectionOptions options, string contentRoot) =>
        string.IsNullOrWhiteSpace(options.PreviousCertificatePath)
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(Path.GetFullPath(options.PreviousCertificatePath, contentRoot), options.PreviousCertificatePassword);
}

internal sealed class KeyRingProtectionValidator(IHostEnvironment environment) : IValidateOptions<KeyRingProtectionOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingProtectionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return ValidateOptionsResult.Success;
        }

        return Check("DataProtection:CertificatePath", () => KeyRingCertificate.Load(options, environment.ContentRootPath))
            ?? Check("DataProtection:PreviousCertificatePath", () => KeyRingCertificate.LoadPrevious(options, environment.ContentRootPath))
            ?? ValidateOptionsResult.Success;
    }

    private static ValidateOptionsResult? Check(string setting, Func<X509Certificate2?> load)
    {
        try
        {
            using var certificate = load();
            return certificate is null || certificate.HasPrivateKey
                ? null
                : ValidateOptionsResult.Fail($"{setting}: the certificate has no private key, so stored keys could not be read back.");
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail($"{setting}: cannot load a PKCS#12 certificate with its password ({StartupFailureMessage(exception)}).");
        }
    }

    private static string StartupFailureMessage(Exception exception) => exception.Message.Split('\n', 2)[0].Trim();
}
