using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Content.Data;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Web.Identity;
using Portal.Web.Identity.Data;

namespace Portal.Tests.Integration;

/// <summary>The host on each provider it supports: migrations for every context, identity, shared key ring.</summary>
[IntegrationTest]
public abstract class DatabaseProviderTests
{
    /// <summary>A connection string for the host under test; several hosts may share it.</summary>
    protected abstract string ConnectionString { get; }

    protected abstract string Provider { get; }

    private PortalFactory NewNode() => new(null, new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["Database:ConnectionString"] = ConnectionString,
    });

    [Fact]
    public async Task Start_up_applies_every_contexts_migrations_and_identity_works()
    {
        using var node = NewNode();
        _ = node.Services;

        await using var scope = node.Services.CreateAsyncScope();
        foreach (var context in new DbContext[]
                 {
                     scope.ServiceProvider.GetRequiredService<PortalIdentityDbContext>(),
                     scope.ServiceProvider.GetRequiredService<ContentDbContext>(),
                     scope.ServiceProvider.GetRequiredService<TipsDbContext>(),
                 })
        {
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
            Assert.Equal(Provider == "Postgres" ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", context.Database.ProviderName);
        }

        var officer = await TestUsers.CreateAsync(node.Services, PortalRoles.Officer);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var found = await users.FindByEmailAsync(officer.Email);
        Assert.NotNull(found);
        Assert.True(await users.IsInRoleAsync(found, PortalRoles.Officer));
        Assert.All(PortalRoles.All, role => Assert.True(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync(role).Result));
    }

    [Fact]
    public async Task Two_web_nodes_sharing_the_database_accept_each_others_sign_in()
    {
        using var nodeA = NewNode();
        using var nodeB = NewNode();
        var cookies = new System.Net.CookieContainer();
        using var clientA = nodeA.CreateDefaultClient(PortalFactory.SecureBaseAddress, new CookieContainerHandler(cookies));
        using var clientB = nodeB.CreateDefaultClient(PortalFactory.SecureBaseAddress, new CookieContainerHandler(cookies));
        var editor = await TestUsers.CreateAsync(nodeA.Services, PortalRoles.Editor);

        var signedIn = await StaffSignIn.WithAuthenticatorAsync(clientA, editor);
        Assert.Equal("/staff", HtmlPage.RedirectTarget(signedIn));

        var onB = await clientB.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);

        await using var scope = nodeB.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<PortalIdentityDbContext>().DataProtectionKeys.CountAsync();
        Assert.True(keys >= 1);
    }
}

public sealed class SqliteDatabaseProviderTests : DatabaseProviderTests, IDisposable
{
    private readonly TemporaryFolder folder = new();

    protected override string ConnectionString => $"Data Source={folder.File("shared.db")}";

    protected override string Provider => "Sqlite";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}

public sealed class PostgresDatabaseProviderTests : DatabaseProviderTests, IAsyncLifetime
{
    private readonly PostgresDatabaseFixture database = new();

    protected override string ConnectionString => database.ConnectionString;

    protected override string Provider => "Postgres";

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Each_context_keeps_its_tables_in_its_own_schema()
    {
        using var node = new PortalFactory(ConnectionString);
        _ = node.Services;

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('identity','content','tips')", connection);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add($"{reader.GetString(0)}.{reader.GetString(1)}");
            }
        }

        Assert.Contains("identity.AspNetUsers", tables);
        Assert.Contains("identity.DataProtectionKeys", tables);
        Assert.Contains("identity.__EFMigrationsHistory", tables);
        Assert.Contains("content.__EFMigrationsHistory", tables);
        Assert.Contains("tips.__EFMigrationsHistory", tables);
    }
}
