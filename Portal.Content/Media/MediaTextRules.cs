using Portal.Content.Common;

namespace Portal.Content.Media;

/// <summary>Checks and trims what editors type about a file: its name and its texts per culture.</summary>
internal static class MediaTextRules
{
    /// <summary>The name without any folder part a browser may send (<c>C:\fakepath\…</c>), without control characters.</summary>
    public static string? CleanFileName(string? fileName, List<ContentProblem> problems)
    {
        var name = fileName ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            problems.Add(ContentProblem.Error(ContentCodes.Required, "fileName"));
            return null;
        }

        if (name.Length > MediaAsset.MaxFileName)
        {
            problems.Add(ContentProblem.Error(ContentCodes.TooLong, "fileName"));
            return null;
        }

        return name;
    }

    public static List<MediaText> Texts(IReadOnlyList<MediaTextInput>? inputs, List<ContentProblem> problems)
    {
        var texts = new List<MediaText>();
        foreach (var input in inputs ?? [])
        {
            if (!ContentCultures.IsSupported(input.Culture))
            {
                problems.Add(ContentProblem.Error(ContentCodes.UnsupportedCulture, "texts", input.Culture));
                continue;
            }

            if (texts.Any(t => t.Culture == input.Culture))
            {
                problems.Add(ContentProblem.Error(ContentCodes.InvalidValue, $"texts.{input.Culture}"));
                continue;
            }

            var text = new MediaText
            {
                Culture = input.Culture,
                Alt = Optional(problems, $"texts.{input.Culture}.alt", input.Alt, MediaTextInput.MaxAlt),
                Caption = Optional(problems, $"texts.{input.Culture}.caption", input.Caption, MediaTextInput.MaxCaption),
                Credit = Optional(problems, $"texts.{input.Culture}.credit", input.Credit, MediaTextInput.MaxCredit),
            };
            if (text.Alt is not null || text.Caption is not null || text.Credit is not null)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    public static string? FolderName(string? name, List<ContentProblem> problems)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0)
        {
            problems.Add(ContentProblem.Error(ContentCodes.Required, "name"));
            return null;
        }

        if (trimmed.Length > MediaFolder.MaxName || trimmed.Any(char.IsControl))
        {
            problems.Add(ContentProblem.Error(trimmed.Length > MediaFolder.MaxName ? ContentCodes.TooLong : ContentCodes.InvalidValue, "name"));
            return null;
        }

        return trimmed;
    }

    private static string? Optional(List<ContentProblem> problems, string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            problems.Add(ContentProblem.Error(ContentCodes.TooLong, field));
        }

        return text;
    }
}
