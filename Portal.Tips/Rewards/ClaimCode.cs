using System.Security.Cryptography;
using System.Text;
using Portal.Tips.Protection;

namespace Portal.Tips.Rewards;

/// <summary>
/// The one-time code a reporter takes to the police office: 12 digits (read aloud and typed on any keypad
/// without ambiguity), the last a Luhn check digit so a mistyped code is told apart from a wrong one. Only a
/// keyed hash is stored; redeeming needs a signed-in officer, so the 11 random digits need not resist more
/// than a handful of guesses (refusals are audited and throttled per officer).
/// </summary>
internal static class ClaimCode
{
    public const int Length = 12;

    public static string Generate()
    {
        var digits = new StringBuilder(Length);
        for (var i = 0; i < Length - 1; i++)
        {
            digits.Append((char)('0' + RandomNumberGenerator.GetInt32(10)));
        }

        digits.Append(CheckDigit(digits.ToString()));
        return digits.ToString();
    }

    /// <summary>
    /// The code as typed: spaces and dashes ignored, full-width digits accepted. Null unless 12 digits with a
    /// matching check digit.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        var digits = new StringBuilder(Length);
        foreach (var c in typed ?? "")
        {
            if (c is >= '０' and <= '９')
            {
                digits.Append((char)('0' + (c - '０')));
            }
            else if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '\u3000' or '－'))
            {
                return null;
            }
        }

        var code = digits.ToString();
        return code.Length == Length && CheckDigit(code[..^1]) == code[^1] ? code : null;
    }

    /// <summary>In groups of four, for reading aloud and writing down.</summary>
    public static string Grouped(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return $"{code[..4]} {code[4..8]} {code[8..]}";
    }

    /// <summary>A keyed hash (the key is never in the database), so a dump cannot be searched for codes.</summary>
    public static byte[] Hash(IKeyEncryptionKeyProvider keys, string normalizedCode)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.KeyedHash("reward-claim-code", Encoding.ASCII.GetBytes(normalizedCode));
    }

    private static char CheckDigit(string payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var digit = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
