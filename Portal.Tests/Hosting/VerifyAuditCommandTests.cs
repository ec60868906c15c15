using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;

namespace Portal.Tests.Hosting;

/// <summary><c>verify-audit</c> run as its own process, as an operator does: an intact chain, an edited entry, a cut-off tail.</summary>
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
    public async Task Verify_audit_prints_the_head_or_the_first_broken_entry_and_fails_on_a_cut_off_tail()
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

        var intact = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit");
        Assert.True(intact.ExitCode == 0, intact.Output + intact.Error);
        Assert.Contains("verify-audit: 5 entries checked, the chain is intact.", intact.Output, StringComparison.Ordinal);
        Assert.Contains($"verify-audit: head hash {head}", intact.Output, StringComparison.Ordinal);

        var expected = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit", "--expect-head", head);
        Assert.True(expected.ExitCode == 0, expected.Output + expected.Error);
        Assert.Contains("the expected head is entry 5; 0 entries were added since.", expected.Output, StringComparison.Ordinal);

        // Someone with the database owner's rights drops the append-only triggers and edits entry 3.
        await ExecuteAsync("DROP TRIGGER \"TipAudit_NoUpdate\"; DROP TRIGGER \"TipAudit_NoDelete\";");
        await ExecuteAsync("UPDATE \"TipAudit\" SET \"Detail\" = 'round=9' WHERE \"Sequence\" = 3");
        var edited = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit");
        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("verify-audit: BROKEN at entry 3: its content does not match its hash. 2 entries before it are intact.", edited.Error, StringComparison.Ordinal);

        // Put back, then remove the last two entries: the chain that is left is intact, only the recorded head tells.
        await ExecuteAsync("UPDATE \"TipAudit\" SET \"Detail\" = 'round=2' WHERE \"Sequence\" = 3");
        await ExecuteAsync("DELETE FROM \"TipAudit\" WHERE \"Sequence\" > 3");
        var shortened = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit");
        Assert.True(shortened.ExitCode == 0, shortened.Output + shortened.Error);
        Assert.Contains("verify-audit: 3 entries checked", shortened.Output, StringComparison.Ordinal);
        var cut = await PortalProcess.RunAsync(folder.Path, Settings, "verify-audit", "--expect-head", head);
        Assert.Equal(1, cut.ExitCode);
        Assert.Contains($"the expected head {head} is no longer in the chain", cut.Error, StringComparison.Ordinal);

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
