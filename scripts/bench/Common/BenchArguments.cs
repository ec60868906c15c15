using System.Globalization;

// What the benchmark programs share, compiled into each (see their csproj files) rather than a library of its own.

internal static class BenchArguments
{
    public static string? Value(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    public static string Required(string[] args, string name, string what) =>
        Value(args, name) ?? throw new ArgumentException($"{name} is required ({what})");

    public static int Int(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public static string Connection(string[] args) => Required(args, "--connection", "a PostgreSQL connection string");
}
