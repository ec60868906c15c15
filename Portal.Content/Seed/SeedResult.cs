namespace Portal.Content.Seed;

public enum SeedOutcome
{
    /// <summary>The database was empty and now holds the seed content, published.</summary>
    Seeded,

    /// <summary>The database already held content; nothing was added.</summary>
    AlreadySeeded,

    /// <summary>Another node started seeding at the same time and took the first item; this one stopped.</summary>
    SeededElsewhere,
}

public sealed record SeedResult(SeedOutcome Outcome, int ItemsCreated, int ItemsPublished);
