using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Tips.Data;

namespace Portal.Tests.Police;

/// <summary>The audit trail is append-only in the database and its keyed chain exposes any edit or removal.</summary>
[IntegrationTest]
public abstract class AuditChainTests
{
    protected abstract PortalFactory Portal { get; }

    private TipAuditLog Audit => Portal.Services.GetRequiredService<TipAuditLog>();

    /// <summary>Runs SQL as someone with direct database access would (bypassing the application).</summary>
    protected abstract Task<int> ExecuteAsync(string sql);

    /// <summary>Removes the append-only triggers, as an attacker with the database owner's rights could.</summary>
    protected abstract Task DropTriggersAsync();

    protected abstract string AuditTable { get; }

    [Fact]
    public async Task Simultaneous_writers_leave_one_gapless_chain_that_verifies()
    {
        var tipId = Guid.NewGuid();
        var audit = Audit;

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            Task.Run(() => audit.AppendAsync(new AuditRecord($"officer-{i % 4}", TipAuditActions.View, tipId)))));

        var entries = await Audit.OfTipAsync(tipId);
        Assert.Equal(24, entries.Count);
        var verification = await Audit.VerifyAsync();
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(32, verification.HeadHash!.Length);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_entry()
    {
        await Audit.AppendAsync(new AuditRecord("officer-x", TipAuditActions.View, Guid.NewGuid()));

        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync($"UPDATE {AuditTable} SET \"ActorId\" = 'someone-else'"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync($"DELETE FROM {AuditTable}"));
        Assert.True((await Audit.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Verify_reports_the_first_edited_entry_and_then_the_first_missing_one()
    {
        var tipId = Guid.NewGuid();
        for (var i = 0; i < 6; i++)
        {
            await Audit.AppendAsync(new AuditRecord("officer-y", TipAuditActions.Download, tipId, $"attachment={i}"));
        }

        var sequences = (await Audit.OfTipAsync(tipId)).Select(e => e.Sequence).ToList();
        await DropTriggersAsync();

        await ExecuteAsync($"UPDATE {AuditTable} SET \"Detail\" = 'attachment=99' WHERE \"Sequence\" = {sequences[2]}");
        var edited = await Audit.VerifyAsync();
        Assert.Equal(sequences[2], edited.FirstBrokenSequence);
        Assert.Equal("its content does not match its link", edited.Problem);

        await ExecuteAsync($"UPDATE {AuditTable} SET \"Detail\" = 'attachment=2' WHERE \"Sequence\" = {sequences[2]}");
        Assert.True((await Audit.VerifyAsync()).Intact);

        await ExecuteAsync($"DELETE FROM {AuditTable} WHERE \"Sequence\" = {sequences[4]}");
        var deleted = await Audit.VerifyAsync();
        Assert.Equal(sequences[4], deleted.FirstBrokenSequence);
        Assert.Equal($"entry {sequences[4]} is missing", deleted.Problem);
    }
}

public sealed class SqliteAuditChainTests : AuditChainTests, IDisposable
{
    private readonly PortalFactory portal = new();

    protected override PortalFactory Portal => portal;

    protected override string AuditTable => "\"TipAudit\"";

    protected override async Task<int> ExecuteAsync(string sql)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    protected override async Task DropTriggersAsync()
    {
        await ExecuteAsync("DROP TRIGGER \"TipAudit_NoUpdate\"");
        await ExecuteAsync("DROP TRIGGER \"TipAudit_NoDelete\"");
    }

    public void Dispose() => portal.Dispose();
}

public sealed class PostgresAuditChainTests : AuditChainTests, IAsyncLifetime
{
    private readonly PostgresPortalFixture fixture = new();

    protected override PortalFactory Portal => fixture.Portal;

    protected override string AuditTable => "tips.\"TipAudit\"";

    protected override async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    protected override Task DropTriggersAsync() => ExecuteAsync("DROP TRIGGER tip_audit_append_only ON tips.\"TipAudit\"");

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();
}
