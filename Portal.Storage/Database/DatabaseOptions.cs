namespace Portal.Storage.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>
    /// ADO.NET connection string. For SQLite a relative <c>Data Source</c> is under the content root and its
    /// folder is created on first run.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Whether a web node brings the schema up to date when it starts (the default: one embedded node). Off for
    /// nodes that connect as a role with data rights only: they check instead, and refuse to start while migrations
    /// are pending, so <c>migrate</c>, run as the owner, comes first.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    public DatabaseProvider ParsedProvider =>
        Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new InvalidOperationException($"Unknown database provider '{Provider}'.");
}
