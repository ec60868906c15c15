using Portal.Content.Items;

namespace Portal.Content.Common;

/// <summary>
/// The shared <see cref="Outcome{T}"/> as the content services return it: its problems are
/// <see cref="ContentProblem"/>s (they may point into the body), and a refused save carries the conflict.
/// </summary>
public sealed class ContentResult<T> : Outcome<T>
{
    internal ContentResult(T? value, Failure failure, IReadOnlyList<ContentProblem> problems)
        : base(value, failure, problems) => Problems = problems;

    /// <summary>On <see cref="Failure.Conflict"/> from a save: the caller's own draft and what was saved meanwhile.</summary>
    public EditConflict? Conflict { get; internal init; }

    /// <summary>Errors (when it failed) and warnings (either way), with where in the body they are.</summary>
    public new IReadOnlyList<ContentProblem> Problems { get; }

    public new IEnumerable<ContentProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public new IEnumerable<ContentProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>The same failure for another value type (the value is dropped).</summary>
    public ContentResult<TOther> As<TOther>() =>
        Succeeded
            ? throw new InvalidOperationException("Only a failure can change its value type.")
            : Conflict is { } conflict ? ContentResult.Conflicted<TOther>(conflict) : ContentResult.Fail<TOther>(Failure, Problems);
}

/// <summary>Factories of <see cref="ContentResult{T}"/>.</summary>
public static class ContentResult
{
    public static ContentResult<T> Success<T>(T value, IEnumerable<ContentProblem>? warnings = null) =>
        new(value, Failure.None, [.. warnings ?? []]);

    public static ContentResult<T> Fail<T>(Failure failure, params IEnumerable<ContentProblem> problems) =>
        failure == Failure.None ? throw new ArgumentOutOfRangeException(nameof(failure)) : new ContentResult<T>(default, failure, [.. problems]);

    public static ContentResult<T> Conflicted<T>(EditConflict conflict) =>
        new ContentResult<T>(default, Failure.Conflict, [ContentProblem.Error(ContentCodes.Conflict)]) { Conflict = conflict };

    public static ContentResult<T> Invalid<T>(IEnumerable<ContentProblem> problems) => Fail<T>(Failure.Invalid, problems);

    public static ContentResult<T> Forbidden<T>(string code, string? field = null) => Fail<T>(Failure.Forbidden, ContentProblem.Error(code, field));

    public static ContentResult<T> NotFound<T>(string field) => Fail<T>(Failure.NotFound, ContentProblem.Error(ContentCodes.NotFound, field));
}
