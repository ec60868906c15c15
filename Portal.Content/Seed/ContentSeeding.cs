namespace Portal.Content.Seed;

/// <summary>
/// How the host seeds the content database (at start-up and with the <c>seed-content</c> command). The seeder itself
/// stays inside the module; like <see cref="Data.ContentContexts"/>, this public handle has an internal constructor.
/// </summary>
public sealed class ContentSeeding
{
    private readonly ContentSeeder seeder;

    internal ContentSeeding(ContentSeeder seeder) => this.seeder = seeder;

    /// <summary>Fills an empty content database with the seed content; a database that holds any item is left alone.</summary>
    public Task<SeedResult> SeedAsync(CancellationToken cancellationToken = default) => seeder.SeedAsync(cancellationToken);
}
