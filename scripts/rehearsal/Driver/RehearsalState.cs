using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Rehearsal;

/// <summary>What the steps hand on to each other: accounts, the first tip's receipt, notes to print.</summary>
internal sealed class RehearsalState(Settings settings, Staff staff)
{
    public Settings Settings { get; } = settings;

    public Staff Staff { get; } = staff;

    public Staff.Account? Officer { get; set; }

    public Staff.Account? Publisher { get; set; }

    public Reporter.Receipt? FirstReceipt { get; set; }

    public List<string> Notes { get; } = [];

    public Staff.Account RequireOfficer() => Officer ?? throw new StepFailed("no officer account (the staff step failed)");

    public Staff.Account RequirePublisher() => Publisher ?? throw new StepFailed("no publisher account (the staff step failed)");

    public Reporter.Receipt RequireFirstReceipt() => FirstReceipt ?? throw new StepFailed("no tip from before (the anonymous tip step failed)");

    public byte[] HashKey() => Convert.FromBase64String(File.ReadAllText(Path.Combine(Settings.Directory, "keys", "tip-keys", "hash.key")).Trim());

    public void Note(string text) => Notes.Add(text);

    public static string Seconds(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}

internal static class Certificates
{
    /// <summary>Chromium trusts the rehearsal's server certificate by its key's hash (no system trust store is touched).</summary>
    public static string SpkiHash(Settings settings)
    {
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(settings.Directory, "keys", "tls.crt"));
        return Convert.ToBase64String(SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo()));
    }
}
