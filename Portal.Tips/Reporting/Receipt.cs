using System.Security.Cryptography;
using System.Text;

namespace Portal.Tips.Reporting;

/// <summary>
/// What the reporter writes down: a 16-digit number (it looks like a phone number and is easy to copy by hand)
/// and a 12-character passphrase in three groups, from an alphabet without look-alike characters.
/// Only keyed hashes of both are stored.
/// </summary>
public sealed record Receipt(string Number, string Passphrase)
{
    private const string PassphraseAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static Receipt Generate()
    {
        var number = new StringBuilder(16);
        number.Append((char)('1' + RandomNumberGenerator.GetInt32(9)));
        for (var i = 1; i < 16; i++)
        {
            number.Append((char)('0' + RandomNumberGenerator.GetInt32(10)));
        }

        var passphrase = new StringBuilder(14);
        for (var i = 0; i < 12; i++)
        {
            if (i is 4 or 8)
            {
                passphrase.Append('-');
            }

            passphrase.Append(PassphraseAlphabet[RandomNumberGenerator.GetInt32(PassphraseAlphabet.Length)]);
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
