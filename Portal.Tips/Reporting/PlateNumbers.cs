using System.Text;

namespace Portal.Tips.Reporting;

/// <summary>
/// Number plates as witnesses read them: often only in part. A plate is an optional province character
/// (甘, 京, … or 使), then letters and digits with "?" for each character that could not be read, then an
/// optional special-use character (挂, 学, 警, …). Spaces, dots and dashes are dropped; full-width letters,
/// digits and question marks become ASCII, letters upper case. Any other Chinese character is refused,
/// because it is not on a plate and probably belongs in another field.
/// </summary>
internal static class PlateNumbers
{
    /// <summary>The one-character abbreviations of the 31 provincial-level divisions on the mainland.</summary>
    public const string Provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    private const string FirstOnly = Provinces + "使";
    private const string SpecialUse = "挂学警港澳领试超";
    private const string Separators = " \t·•・.-_";
    private const int MaxCharacters = 10;

    /// <summary>The plate in normal form, or null when it is not a plate.</summary>
    public static string? Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plate = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (Separators.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            plate.Append(c == '*' ? '?' : char.ToUpperInvariant(c));
        }

        return IsPlate(plate.ToString()) ? plate.ToString() : null;
    }

    private static bool IsPlate(string plate)
    {
        if (plate.Length is 0 or > MaxCharacters)
        {
            return false;
        }

        var known = 0;
        for (var i = 0; i < plate.Length; i++)
        {
            var c = plate[i];
            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)
                || (i == 0 && FirstOnly.Contains(c, StringComparison.Ordinal))
                || (i == plate.Length - 1 && i > 0 && SpecialUse.Contains(c, StringComparison.Ordinal)))
            {
                known++;
            }
            else if (c != '?')
            {
                return false;
            }
        }

        return known > 0;
    }
}
