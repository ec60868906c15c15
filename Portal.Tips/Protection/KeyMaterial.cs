using System.Globalization;

namespace Portal.Tips.Protection;

/// <summary>Decodes the configured base64 keys; one place decides what a well-formed 256-bit key is.</summary>
internal static class KeyMaterial
{
    public const int KeySizeInBytes = 32;

    public static bool TryDecode(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return key.Length == KeySizeInBytes;
    }

    /// <summary>Only canonical numbers ("2", not "02"), so no two configured entries can name the same version.</summary>
    public static bool TryParseVersion(string text, out int version) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out version)
        && version > 0
        && version.ToString(CultureInfo.InvariantCulture) == text;
}
