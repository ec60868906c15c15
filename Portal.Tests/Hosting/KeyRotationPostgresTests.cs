using System.Security.Cryptography;
using Npgsql;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>The rotation of <see cref="KeyRotationCommandTests"/> on PostgreSQL, where ids order and compare as uuid.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[ProcessTest]
public sealed class KeyRotationPostgresTests : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly PostgresDatabaseFixture database;
    private readonly TemporaryFolder folder = new();

    public KeyRotationPostgresTests(PostgresDatabaseFixture database) => this.database = database;

    [Fact]
    public async Task After_rotation_and_rewrap_every_tip_opens_without_the_old_version()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Storage:FileSystemRoot"] = folder.File("blobs"),
        };

        await KeyRotationCommandTests.KeyRotationScenario.RunAsync(
            folder, settings, KeyRotationCommandTests.Source.Configuration, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), NpgsqlConnection.ClearAllPools);
    }

    public void Dispose() => folder.Dispose();
}
