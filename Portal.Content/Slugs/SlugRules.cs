using System.Globalization;
using System.Text;

namespace Portal.Content.Slugs;

/// <summary>
/// Slugs that keep Chinese: letters of any script, digits and hyphens, lower case, NFKC-normalised (full-width
/// characters become their ordinary forms). Everything else separates words. A title with no letters or digits gets a
/// short id from the item's id instead of an empty slug.
/// </summary>
internal static class SlugRules
{
    public const int MaxLength = 80;

    public static string FromTitle(string? title, Guid itemId)
    {
        var slug = Clean(title ?? "");
        return slug.Length > 0 ? slug : ShortId(itemId);
    }

    /// <summary>A slug as an editor typed it, cleaned the same way; null when nothing usable is left.</summary>
    public static string? Normalize(string? slug) => Clean(slug ?? "") is { Length: > 0 } clean ? clean : null;

    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= MaxLength } && Clean(slug) == slug;

    /// <summary>Eight characters of base-32 from the id, e.g. <c>k3v9xq2m</c>.</summary>
    public static string ShortId(Guid id)
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        var bytes = id.ToByteArray();
        var value = BitConverter.ToUInt64(bytes, 8) ^ BitConverter.ToUInt64(bytes, 0);
        var text = new char[8];
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = alphabet[(int)(value % 32)];
            value /= 32;
        }

        return new string(text);
    }

    /// <summary>The slug with a short id appended, for a title whose slug is already taken.</summary>
    public static string WithShortId(string slug, Guid itemId)
    {
        var suffix = "-" + ShortId(itemId);
        return (slug.Length + suffix.Length > MaxLength ? slug[..(MaxLength - suffix.Length)].TrimEnd('-') : slug) + suffix;
    }

    private static string Clean(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var slug = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var rune in normalized.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var keep = Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (keep)
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                if (slug.Length + rune.Utf16SequenceLength > MaxLength)
                {
                    break;
                }

                slug.Append(rune.ToString());
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.ToString().Trim('-');
    }
}
