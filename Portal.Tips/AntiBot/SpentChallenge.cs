namespace Portal.Tips.AntiBot;

/// <summary>A solved challenge, kept until it expires so that its solution cannot be posted again.</summary>
internal sealed class SpentChallenge
{
    /// <summary>Lowercase hex SHA-256 of the challenge: a fixed-length key whatever the challenge's form.</summary>
    public required string ChallengeHash { get; init; }

    /// <summary>Stored as unix seconds, which every provider (SQLite included) can compare in a query.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }
}
