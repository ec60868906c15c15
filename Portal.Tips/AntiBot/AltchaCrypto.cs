using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Tips.AntiBot;

/// <summary>The two ALTCHA v1 formulas, shared by the issuer and the verifier so they cannot drift apart.</summary>
internal static class AltchaCrypto
{
    public const string Algorithm = "SHA-256";

    /// <summary>Lowercase hex of SHA-256(UTF-8(salt + decimal number)).</summary>
    public static string Challenge(string salt, long number) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + number.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Lowercase hex of HMAC-SHA-256 keyed with the secret over the challenge's hex text.</summary>
    public static string Signature(string hmacKey, string challenge) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(hmacKey), Encoding.UTF8.GetBytes(challenge)));
}
