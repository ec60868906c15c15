using Portal.Content.Common;

namespace Portal.Content.Types;

/// <summary>Collects problems while a fields record is cleaned; field names are prefixed with <c>fields.</c>.</summary>
internal sealed class FieldValidation
{
    internal List<ContentProblem> Problems { get; } = [];

    internal string Text(string field, string? value, int maxLength = 4_000, bool required = true)
    {
        var text = (value ?? "").Trim();
        if (required && text.Length == 0)
        {
            Problems.Add(ContentProblem.Error(ContentCodes.Required, "fields." + field));
        }
        else if (text.Length > maxLength)
        {
            Problems.Add(ContentProblem.Error(ContentCodes.TooLong, "fields." + field));
        }

        return text;
    }

    internal string? OptionalText(string field, string? value, int maxLength = 4_000) =>
        Text(field, value, maxLength, required: false) is { Length: > 0 } text ? text : null;

    internal IReadOnlyList<string> Lines(string field, IReadOnlyList<string>? values, bool required, int maxLength = 1_000)
    {
        var lines = (values ?? []).Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).ToList();
        if (required && lines.Count == 0)
        {
            Problems.Add(ContentProblem.Error(ContentCodes.Required, "fields." + field));
        }

        if (lines.Any(l => l.Length > maxLength))
        {
            Problems.Add(ContentProblem.Error(ContentCodes.TooLong, "fields." + field));
        }

        return lines;
    }

    internal void Range(string field, decimal value, decimal min, decimal max)
    {
        if (value < min || value > max)
        {
            Problems.Add(ContentProblem.Error(ContentCodes.OutOfRange, "fields." + field));
        }
    }

    internal Guid Asset(string field, Guid id)
    {
        if (id == Guid.Empty)
        {
            Problems.Add(ContentProblem.Error(ContentCodes.Required, "fields." + field));
        }

        return id;
    }

    internal void Require(string field, bool present)
    {
        if (!present)
        {
            Problems.Add(ContentProblem.Error(ContentCodes.Required, "fields." + field));
        }
    }
}
