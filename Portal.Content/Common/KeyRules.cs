namespace Portal.Content.Common;

/// <summary>
/// Keys of departments and terms: lower-case ASCII letters, digits and hyphens, at most 64 characters. They appear in
/// URLs, filters and seed files, and never change once created.
/// </summary>
internal static class KeyRules
{
    public const int MaxLength = 64;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
