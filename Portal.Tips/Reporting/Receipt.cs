using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Tips.Reporting;

/// <summary>
/// What the reporter writes down: a 16-digit number (it looks like a phone number and is easy to copy by hand)
/// and a 12-character passphrase in three groups, from an alphabet without look-alike characters.
/// Only keyed hashes of both are stored; the receipt itself lives in the reporter's browser for the receipt page's
/// window and nowhere else.
/// </summary>
public sealed record Receipt(string Number, string Passphrase)
{
    private const string PassphraseAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>
    /// The receipt that a secret seed stands for. Intake derives it from a keyed hash of the form's idempotency
    /// key, which the database never holds, so a repeated submit of the same form within the receipt page's window
    /// shows the same receipt again without anything recoverable being stored.
    /// </summary>
    public static Receipt Derive(ReadOnlySpan<byte> seed)
    {
        if (seed.Length < 24)
        {
            throw new ArgumentException("A receipt seed needs at least 192 bits.", nameof(seed));
        }

        // 9·10^15 numbers times 30^12 passphrases is under 2^113: reading the seed as one big number and taking
        // remainders leaves a bias far below anything measurable.
        var value = new BigInteger(seed, isUnsigned: true, isBigEndian: true);
        var number = new StringBuilder(16);
        number.Append((char)('1' + (int)(value % 9)));
        value /= 9;
        for (var i = 1; i < 16; i++)
        {
            number.Append((char)('0' + (int)(value % 10)));
            value /= 10;
        }

        var passphrase = new StringBuilder(14);
        for (var i = 0; i < 12; i++)
        {
            if (i is 4 or 8)
            {
                passphrase.Append('-');
            }

            passphrase.Append(PassphraseAlphabet[(int)(value % PassphraseAlphabet.Length)]);
            value /= PassphraseAlphabet.Length;
        }

        return new Receipt(number.ToString(), passphrase.ToString());
    }

    /// <summary>The number as the reporter may type it: spaces and dashes ignored. Null unless 16 digits.</summary>
    public static string? NormalizeNumber(string? typed)
    {
        var digits = new string((typed ?? "").Where(c => c is not (' ' or '-' or '\u3000')).ToArray());
        return digits.Length == 16 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>The passphrase as the reporter may type it: case, spaces and dashes ignored.</summary>
    public static string NormalizePassphrase(string? typed) =>
        new((typed ?? "").ToUpperInvariant().Where(c => c is not (' ' or '-' or '\u3000')).ToArray());

    /// <summary>The number in groups of four, for reading aloud and writing down.</summary>
    public string GroupedNumber => $"{Number[..4]} {Number[4..8]} {Number[8..12]} {Number[12..]}";
}
