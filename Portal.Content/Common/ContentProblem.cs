namespace Portal.Content.Common;

public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One thing wrong with (or worth knowing about) a request, as a stable <see cref="Code"/> (see
/// <see cref="ContentCodes"/>) plus where it is: a field name, or a block by id and path. The UI turns the code into
/// a sentence in the reader's language; services never produce text.
/// </summary>
public sealed record ContentProblem(string Code, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>The input field, e.g. <c>title</c>, <c>fields.expiresAt</c>, <c>terms.Audience</c>.</summary>
    public string? Field { get; init; }

    public Guid? BlockId { get; init; }

    /// <summary>Where the block is, e.g. <c>blocks[2]</c> or <c>blocks[1].columns[0].blocks[3]</c>.</summary>
    public string? BlockPath { get; init; }

    /// <summary>The block's type discriminator, e.g. <c>image</c>.</summary>
    public string? BlockType { get; init; }

    /// <summary>The offending value when it helps the message, e.g. an unknown term key or a removed tag.</summary>
    public string? Value { get; init; }

    public static ContentProblem Error(string code, string? field = null, string? value = null) => new(code) { Field = field, Value = value };

    public static ContentProblem Warning(string code, string? field = null, string? value = null) =>
        new(code, ProblemSeverity.Warning) { Field = field, Value = value };

    public override string ToString() =>
        string.Join(' ', new[] { Severity.ToString(), Code, Field, BlockPath, BlockType, Value }.Where(part => !string.IsNullOrEmpty(part)));
}
