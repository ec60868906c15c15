using System.Security.Cryptography;
using System.Text;

namespace Portal.Tips.Reporting;

/// <summary>
/// The one name people use for a tip, on every staff page and in every message: eight characters drawn at random
/// from 31 that cannot be mistaken for each other when read aloud or copied by hand (no 0/O, 1/I/L), and a ninth
/// that checks them. It is assigned when the tip is stored and kept unique by an index; it says nothing about when
/// the tip arrived or how many there are. Shown in groups of three, "7KQ-M9X-2PA".
/// </summary>
public static class TipReference
{
    /// <summary>Stored length: eight random characters and the check character.</summary>
    public const int Length = 9;

    /// <summary>31 characters, a prime count, so a weighted sum catches every single slip and every swap of neighbours.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        var code = new StringBuilder(Length);
        for (var i = 0; i < Length - 1; i++)
        {
            code.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        }

        code.Append(CheckCharacter(code.ToString()));
        return code.ToString();
    }

    /// <summary>
    /// The character that completes <paramref name="body"/>: <c>Σ (i + 1) · value(body[i]) mod 31</c>. The migration
    /// that gave existing tips a reference computes the same sum in SQL.
    /// </summary>
    public static char CheckCharacter(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (i + 1) * Alphabet.IndexOf(body[i], StringComparison.Ordinal);
        }

        return Alphabet[sum % Alphabet.Length];
    }

    /// <summary>
    /// A reference as someone typed it (any case, with or without dashes and spaces), or null unless it is nine
    /// characters of the alphabet with a matching check character.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        var code = new StringBuilder(Length);
        foreach (var c in typed ?? "")
        {
            var upper = char.ToUpperInvariant(c);
            if (Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                code.Append(upper);
            }
            else if (c is not (' ' or '-' or '\u3000' or '－' or '#'))
            {
                return null;
            }
        }

        var text = code.ToString();
        return text.Length == Length && CheckCharacter(text[..^1]) == text[^1] ? text : null;
    }

    /// <summary>As people see it: three groups of three joined by hyphens.</summary>
    public static string Display(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Length == Length ? $"{reference[..3]}-{reference[3..6]}-{reference[6..]}" : reference;
    }
}
