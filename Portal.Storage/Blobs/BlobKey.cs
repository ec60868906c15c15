using System.Text.RegularExpressions;

namespace Portal.Storage.Blobs;

/// <summary>
/// Blob keys are lower-case relative paths of letters, digits, '-', '_' and '.', separated by '/'.
/// The rule keeps the file-system store inside its root and the Azure store's names portable.
/// </summary>
public static partial class BlobKey
{
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidKey();

    public static string Validate(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length > 512 || !ValidKey().IsMatch(key) || key.Split('/').Any(segment => segment.Trim('.').Length == 0))
        {
            throw new ArgumentException($"'{key}' is not a valid blob key: use lower-case letters, digits, '-', '_', '.' and '/'.", nameof(key));
        }

        return key;
    }
}
