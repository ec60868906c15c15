namespace Portal.Tips.AntiBot;

/// <summary>
/// Remembers solved challenges until they expire, so one solution cannot be posted many times.
/// It must be shared by all web nodes, or a replay on another node would pass.
/// </summary>
public interface ISpentChallengeStore
{
    /// <summary>Marks <paramref name="challenge"/> as used; <see langword="false"/> when it already was.</summary>
    Task<bool> TryMarkSpentAsync(string challenge, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
