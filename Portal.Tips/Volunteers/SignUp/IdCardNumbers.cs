using System.Globalization;

namespace Portal.Tips.Volunteers.SignUp;

/// <summary>Resident ID-card numbers (GB 11643-1999): 18 characters, the birth date at 7–14, an ISO 7064 MOD 11-2 check character.</summary>
internal static class IdCardNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Upper-case, without spaces; the form in which numbers are hashed and stored.</summary>
    public static string Normalize(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return string.Concat(number.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
    }

    public static bool HasValidChecksum(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Length != 18 || !normalized[..17].All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (normalized[i] - '0') * Weights[i];
        }

        return normalized[17] == CheckCharacters[sum % 11];
    }

    /// <summary>The birth date the number carries, or null when those digits are not a real date.</summary>
    public static DateOnly? BirthDateOf(string normalized) =>
        normalized is { Length: 18 } && DateOnly.TryParseExact(normalized.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            ? birth
            : null;

    /// <summary>Adds the check character to 17 digits (tests and demo data).</summary>
    public static string WithCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return first17 + CheckCharacters[sum % 11];
    }
}
