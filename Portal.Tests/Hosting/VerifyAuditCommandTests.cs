using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;

namespace Portal.Tests.Hosting;

/// <summary>
/// <c>audit-checkpoint</c> and <c>verify-audit</c> run as their own processes, as an operator does: no checkpoint yet, an
/// intact chain, an edited entry, a cut-off tail.
/// </summary>
[ProcessTest]
public sealed class VerifyAuditCommandTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    private string ConnectionString => $"Data Source={folder.File("portal.db")}";

    private Dictionary<string, string> Settings => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["Database__ConnectionString"] = ConnectionString,
        ["Storage__FileSystemRoot"] = folder.File("blobs"),
    };

    [Fact]
    public async Task Verify_audit_checks_every_link_and_the_checkpoint_and_fails_on_an_edit_or_a_cut_off_tail()
    {
        string head;
        await using (var portal = new PortalFactory(null, new Dictionary<string, string?> { ["Database:ConnectionString"] = ConnectionString }))
        {
            var audit = portal.Services.GetRequiredService<TipAuditLog>();
            var tipId = Guid.NewGuid();
            for (var i = 0; i < 5; i++)
            {
                await audit.AppendAsync(new AuditRecord("officer-verify", TipAuditActions.View, tipId, $"round={i}"));
            }

            head = Convert.ToHexStringLower((await audit.VerifyAsync()).HeadHash!);
        }

        SqliteConnection.ClearAllPools();

        // Without a checkpoint nothing shows whether the end was cut off.
        var withoutCheckpoint = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit");
        Assert.Equal(1, withoutCheckpoint.ExitCode);
        Assert.Contains("verify-audit: NOT VERIFIED: the chain has 5 entries but the blob store holds no checkpoint", withoutCheckpoint.Error, StringComparison.Ordinal);

        var checkpoint = await PortalProcess.RunAsync(folder.Path, Settings, "audit-checkpoint");
        Assert.True(checkpoint.ExitCode == 0, checkpoint.Output + checkpoint.Error);
        Assert.Contains($"audit-checkpoint: checkpoint written: entry 5, link {head}, audit/checkpoints/000000000005.json", checkpoint.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.File("blobs"), "audit", "checkpoints", "latest.json")));
        var again = await PortalProcess.RunAsync(folder.Path, Settings, "audit-checkpoint");
        Assert.Contains("audit-checkpoint: checkpoint unchanged, the head has not moved: entry 5", again.Output, StringComparison.Ordinal);

        var intact = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit");
        Assert.True(intact.ExitCode == 0, intact.Output + intact.Error);
        Assert.Contains("verify-audit: 5 entries checked, every link verifies with the key.", intact.Output, StringComparison.Ordinal);
        Assert.Contains($"verify-audit: head link {head}", intact.Output, StringComparison.Ordinal);
        Assert.Contains("is still in the chain; 0 entries were added since.", intact.Output, StringComparison.Ordinal);
        Assert.Contains("verify-audit: the chain is intact.", intact.Output, StringComparison.Ordinal);

        var expected = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit", "--expect-head", head);
        Assert.True(expected.ExitCode == 0, expected.Output + expected.Error);
        Assert.Contains("the expected head is entry 5; 0 entries were added since.", expected.Output, StringComparison.Ordinal);

        // Someone with the database owner's rights drops the append-only triggers and edits entry 3.
        await ExecuteAsync("DROP TRIGGER \"TipAudit_NoUpdate\"; DROP TRIGGER \"TipAudit_NoDelete\";");
        await ExecuteAsync("UPDATE \"TipAudit\" SET \"Detail\" = 'round=9' WHERE \"Sequence\" = 3");
        var edited = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit");
        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("verify-audit: BROKEN at entry 3: its content does not match its link. 2 entries before it are intact.", edited.Error, StringComparison.Ordinal);

        // Put back, then remove the last two entries: the chain that is left links up, the checkpoint tells.
        await ExecuteAsync("UPDATE \"TipAudit\" SET \"Detail\" = 'round=2' WHERE \"Sequence\" = 3");
        await ExecuteAsync("DELETE FROM \"TipAudit\" WHERE \"Sequence\" > 3");
        var shortened = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit");
        Assert.Equal(1, shortened.ExitCode);
        Assert.Contains("verify-audit: 3 entries checked, every link verifies with the key.", shortened.Output, StringComparison.Ordinal);
        Assert.Contains("verify-audit: BROKEN: the chain has 3 entries, but the checkpoint of ", shortened.Error, StringComparison.Ordinal);
        Assert.Contains("recorded 5: entries were removed from its end.", shortened.Error, StringComparison.Ordinal);
        var cut = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit", "--expect-head", head);
        Assert.Equal(1, cut.ExitCode);
        var refused = await PortalProcess.RunAsync(folder.Path, Settings, "audit-checkpoint");
        Assert.Equal(1, refused.ExitCode);

        var wrong = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit", "--expect-head", "not-a-hash");
        Assert.Equal(2, wrong.ExitCode);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
