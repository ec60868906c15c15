namespace Portal.Shared.Results;

public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One thing wrong with (or worth knowing about) a request: a stable <see cref="Code"/> and where it is. Services
/// never write sentences; the page turns the code into one in the reader's language.
/// </summary>
/// <param name="Code">A stable, lower-case code such as <c>required</c> or <c>outside-region</c>.</param>
/// <param name="Severity">An error stops the request; a warning goes with a success.</param>
public record Problem(string Code, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>The input field the problem belongs to (e.g. <c>title</c>, <c>fields.expiresAt</c>), or none for the whole request.</summary>
    public string? Field { get; init; }

    /// <summary>The offending value when it helps the message, e.g. an unknown key or a limit.</summary>
    public string? Value { get; init; }

    public static Problem Error(string code, string? field = null, string? value = null) => new(code) { Field = field, Value = value };

    public static Problem Warning(string code, string? field = null, string? value = null) =>
        new(code, ProblemSeverity.Warning) { Field = field, Value = value };
}
