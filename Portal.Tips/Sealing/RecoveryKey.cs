using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace Portal.Tips.Sealing;

/// <summary>
/// A unit's offline recovery key: 32 random bytes, printed as 16 groups of 6 digits (each group a 16-bit value times
/// 11, as BitLocker does, so that a mistyped group is caught where it was typed) and kept in a safe by the unit's head.
/// The digits are the X25519 private key; the server keeps only its public key and the shares sealed to it.
/// </summary>
public static class RecoveryKey
{
    public const int Groups = 16;

    /// <summary>A new recovery key: the digits to print (shown once) and its public key to keep.</summary>
    public static NewRecoveryKey Create()
    {
        var secret = System.Security.Cryptography.RandomNumberGenerator.GetBytes(2 * Groups);
        try
        {
            using var key = Key.Import(KeyAgreementAlgorithm.X25519, secret, KeyBlobFormat.RawPrivateKey);
            return new NewRecoveryKey(Format(secret), key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        }
        finally
        {
            Array.Clear(secret);
        }
    }

    /// <summary>
    /// The key from its digits (spaces, hyphens and full-width digits allowed), or the 1-based numbers of the groups that
    /// are not right, so that the person typing knows where to look.
    /// </summary>
    public static (Key? Key, IReadOnlyList<int> WrongGroups) Parse(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var plain = new string([.. digits.Normalize(NormalizationForm.FormKC).Where(char.IsAsciiDigit)]);
        if (plain.Length != 6 * Groups)
        {
            return (null, []);
        }

        var secret = new byte[2 * Groups];
        var wrong = new List<int>();
        for (var i = 0; i < Groups; i++)
        {
            var value = int.Parse(plain.AsSpan(6 * i, 6), NumberStyles.None, CultureInfo.InvariantCulture);
            if (value % 11 != 0 || value / 11 > ushort.MaxValue)
            {
                wrong.Add(i + 1);
                continue;
            }

            secret[2 * i] = (byte)((value / 11) >> 8);
            secret[(2 * i) + 1] = (byte)(value / 11);
        }

        try
        {
            return wrong.Count > 0 ? (null, wrong) : (Key.Import(KeyAgreementAlgorithm.X25519, secret, KeyBlobFormat.RawPrivateKey), []);
        }
        finally
        {
            Array.Clear(secret);
        }
    }

    private static string Format(byte[] secret) => string.Join('-', Enumerable.Range(0, Groups)
        .Select(i => (((secret[2 * i] << 8) | secret[(2 * i) + 1]) * 11).ToString("D6", CultureInfo.InvariantCulture)));
}

/// <summary>A recovery key as made: <paramref name="Digits"/> to print once, <paramref name="PublicKey"/> for the server.</summary>
public sealed record NewRecoveryKey(string Digits, byte[] PublicKey);
