using Portal.Content.Items;

namespace Portal.Content.Common;

/// <summary>Why a request did not go through; the UI chooses its reaction by this, the message by the codes.</summary>
public enum ContentFailure
{
    None,

    /// <summary>The input is wrong: see the problems.</summary>
    Invalid,

    /// <summary>The actor lacks the role in the item's department (or is the version's author, for approval).</summary>
    Forbidden,

    NotFound,

    /// <summary>Someone else changed the item first; nothing was saved, the caller's input is returned untouched.</summary>
    Conflict,
}

/// <summary>The outcome of a content service call: a value, or a failure with coded problems; warnings either way.</summary>
public sealed class ContentResult<T>
{
    internal ContentResult(T? value, ContentFailure failure, IReadOnlyList<ContentProblem> problems)
    {
        Value = value;
        Failure = failure;
        Problems = problems;
    }

    public T? Value { get; }

    /// <summary>On <see cref="ContentFailure.Conflict"/> from a save: the caller's own draft and what was saved meanwhile.</summary>
    public EditConflict? Conflict { get; internal init; }

    public ContentFailure Failure { get; }

    /// <summary>Errors (when it failed) and warnings (either way).</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    public bool Succeeded => Failure == ContentFailure.None;

    public IEnumerable<ContentProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<ContentProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>The same failure for another value type (the value is dropped).</summary>
    public ContentResult<TOther> As<TOther>() =>
        Succeeded
            ? throw new InvalidOperationException("Only a failure can change its value type.")
            : Conflict is { } conflict ? ContentResult.Conflicted<TOther>(conflict) : ContentResult.Fail<TOther>(Failure, Problems);

    public override string ToString() => Succeeded ? $"Succeeded {Value}" : $"{Failure}: {string.Join("; ", Problems)}";
}

/// <summary>Factories of <see cref="ContentResult{T}"/>.</summary>
public static class ContentResult
{
    public static ContentResult<T> Success<T>(T value, IEnumerable<ContentProblem>? warnings = null) =>
        new ContentResult<T>(value, ContentFailure.None, [.. warnings ?? []]);

    public static ContentResult<T> Fail<T>(ContentFailure failure, params IEnumerable<ContentProblem> problems) =>
        failure == ContentFailure.None ? throw new ArgumentOutOfRangeException(nameof(failure)) : new ContentResult<T>(default, failure, [.. problems]);

    public static ContentResult<T> Conflicted<T>(EditConflict conflict) =>
        new ContentResult<T>(default, ContentFailure.Conflict, [ContentProblem.Error(ContentCodes.Conflict)]) { Conflict = conflict };

    public static ContentResult<T> Invalid<T>(IEnumerable<ContentProblem> problems) => Fail<T>(ContentFailure.Invalid, problems);

    public static ContentResult<T> Forbidden<T>(string code, string? field = null) => Fail<T>(ContentFailure.Forbidden, ContentProblem.Error(code, field));

    public static ContentResult<T> NotFound<T>(string field) => Fail<T>(ContentFailure.NotFound, ContentProblem.Error(ContentCodes.NotFound, field));
}
