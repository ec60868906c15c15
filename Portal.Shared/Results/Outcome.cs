namespace Portal.Shared.Results;

/// <summary>Why a request did not go through; a page chooses its reaction by this and its message by the codes.</summary>
public enum Failure
{
    None,

    /// <summary>The input is wrong: see the problems.</summary>
    Invalid,

    /// <summary>The actor may not do this (role, region, or separation of duties).</summary>
    Forbidden,

    NotFound,

    /// <summary>Someone else changed the thing first; nothing was saved.</summary>
    Conflict,
}

/// <summary>
/// The outcome of a service call that changes something: success, or a <see cref="Failure"/> with coded
/// <see cref="Problem"/>s; warnings may go with either. Every module returns this (or <see cref="Outcome{T}"/>),
/// so every page reads a result the same way.
/// </summary>
public class Outcome
{
    protected Outcome(Failure failure, IReadOnlyList<Problem> problems)
    {
        if (failure != Failure.None && !problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            throw new ArgumentException("A failure names at least one error.", nameof(problems));
        }

        Failure = failure;
        Problems = problems;
    }

    public static Outcome Ok { get; } = new(Failure.None, []);

    public Failure Failure { get; }

    /// <summary>Errors (when it failed) and warnings (either way).</summary>
    public IReadOnlyList<Problem> Problems { get; }

    public bool Succeeded => Failure == Failure.None;

    public IEnumerable<Problem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<Problem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>The first error's code, for pages that show one message for the whole request.</summary>
    public string? Error => Errors.FirstOrDefault()?.Code;

    public static Outcome Fail(string code, string? field = null, Failure failure = Failure.Invalid) =>
        new(failure, [Problem.Error(code, field)]);

    /// <summary>Success for no code, else a failure with that code: for services whose checks yield an error code or null.</summary>
    public static Outcome FromError(string? code) => code is null ? Ok : Fail(code);

    public static Outcome Fail(Failure failure, params IEnumerable<Problem> problems) =>
        failure == Failure.None ? throw new ArgumentOutOfRangeException(nameof(failure)) : new(failure, [.. problems]);

    public static Outcome<T> Of<T>(T value, IEnumerable<Problem>? warnings = null) => new(value, Failure.None, [.. warnings ?? []]);

    public override string ToString() => Succeeded ? "Succeeded" : $"{Failure}: {string.Join("; ", Problems.Select(p => p.Code))}";
}

/// <summary>An <see cref="Outcome"/> that carries a value when it succeeded.</summary>
public class Outcome<T> : Outcome
{
    protected internal Outcome(T? value, Failure failure, IReadOnlyList<Problem> problems)
        : base(failure, problems) => Value = value;

    public T? Value { get; }

#pragma warning disable CA1000 // The factories read best on the type: Outcome<Guid>.Fail(...).
    public static new Outcome<T> Fail(string code, string? field = null, Failure failure = Failure.Invalid) =>
        new(default, failure, [Problem.Error(code, field)]);

    public static new Outcome<T> Fail(Failure failure, params IEnumerable<Problem> problems) =>
        failure == Failure.None ? throw new ArgumentOutOfRangeException(nameof(failure)) : new(default, failure, [.. problems]);

    /// <summary>The same failure for another value type (the value is dropped).</summary>
    public static Outcome<T> From(Outcome failed) =>
        failed.Succeeded ? throw new InvalidOperationException("Only a failure can change its value type.") : new(default, failed.Failure, failed.Problems);
#pragma warning restore CA1000

    public override string ToString() => Succeeded ? $"Succeeded {Value}" : base.ToString();
}
