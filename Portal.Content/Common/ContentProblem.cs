namespace Portal.Content.Common;

/// <summary>
/// A <see cref="Problem"/> (codes in <see cref="ContentCodes"/>) that may also say which block of the body it is in,
/// by id and path, so the editor can show it beside that block.
/// </summary>
public sealed record ContentProblem(string Code, ProblemSeverity Severity = ProblemSeverity.Error) : Problem(Code, Severity)
{
    public Guid? BlockId { get; init; }

    /// <summary>Where the block is, e.g. <c>blocks[2]</c> or <c>blocks[1].columns[0].blocks[3]</c>.</summary>
    public string? BlockPath { get; init; }

    /// <summary>The block's type discriminator, e.g. <c>image</c>.</summary>
    public string? BlockType { get; init; }

    public static new ContentProblem Error(string code, string? field = null, string? value = null) => new(code) { Field = field, Value = value };

    public static new ContentProblem Warning(string code, string? field = null, string? value = null) =>
        new(code, ProblemSeverity.Warning) { Field = field, Value = value };

    public override string ToString() =>
        string.Join(' ', new[] { Severity.ToString(), Code, Field, BlockPath, BlockType, Value }.Where(part => !string.IsNullOrEmpty(part)));
}
