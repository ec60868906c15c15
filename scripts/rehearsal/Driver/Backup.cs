using System.Globalization;
using System.Net;

namespace Portal.Rehearsal;

/// <summary>The documented backup, restored into a fresh database and container, served by a third node.</summary>
internal static class Backup
{
    public static async Task DrillAsync(RehearsalState state)
    {
        var settings = state.Settings;
        var officer = state.RequireOfficer();
        var receipt = state.RequireFirstReceipt();
        var tipId = await Database.QueryAsync(settings, "SELECT \"Id\" FROM tips.\"Tips\" WHERE \"Priority\" = 1 AND \"ProofOfWorkPassed\" ORDER BY \"ReceivedAt\" LIMIT 1");
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(settings.NodeScript)!, "..", ".."));
        var folder = Path.Combine(settings.Directory, "backup");
        var port = settings.PgPort.ToString(CultureInfo.InvariantCulture);
        var owner = new Dictionary<string, string>
        {
            ["PGHOST"] = "127.0.0.1", ["PGPORT"] = port, ["PGUSER"] = "portal_owner", ["PGPASSWORD"] = settings.OwnerPassword,
            ["PORTAL_BLOB_CONNECTION_STRING"] = settings.AzureConnectionString,
        };

        await Shell.RunAsync(new Dictionary<string, string>(owner) { ["PGDATABASE"] = "portal", ["PORTAL_BLOB_CONTAINER"] = "portal" }, Path.Combine(root, "scripts/backup/backup.sh"), folder);
        if (Directory.EnumerateFileSystemEntries(folder).Any(entry => File.Exists(entry) && (entry.EndsWith(".key", StringComparison.Ordinal) || entry.EndsWith(".pfx", StringComparison.Ordinal))))
        {
            throw new StepFailed("the backup folder holds key material");
        }

        await Shell.RunAsync("psql", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-d", "postgres", "-X", "-q", "-v", "ON_ERROR_STOP=1",
            "-c", "CREATE DATABASE portal_restore OWNER portal_owner ENCODING 'UTF8' TEMPLATE template0",
            "-c", "REVOKE ALL ON DATABASE portal_restore FROM PUBLIC",
            "-c", "GRANT CONNECT, TEMPORARY ON DATABASE portal_restore TO portal_app");
        await Shell.RunAsync(new Dictionary<string, string>(owner) { ["PGDATABASE"] = "portal_restore", ["PORTAL_BLOB_CONTAINER"] = "portal-restore" }, Path.Combine(root, "scripts/backup/restore.sh"), folder);
        await Shell.RunAsync(new Dictionary<string, string>(owner) { ["PGDATABASE"] = "portal_restore" }, "psql", "-X", "-q", "-f", Path.Combine(root, "deploy/postgres/grants.sql"));

        var app = File.ReadAllLines(Path.Combine(settings.Directory, "portal.env")).First(l => l.StartsWith("Database__ConnectionString=", StringComparison.Ordinal));
        var nodePort = FreePort();
        await File.WriteAllLinesAsync(Path.Combine(settings.Directory, "portal-web-C.env"),
        [
            $"ASPNETCORE_URLS=http://127.0.0.1:{nodePort}",
            app.Replace("Database=portal;", "Database=portal_restore;", StringComparison.Ordinal),
            "Storage__AzureContainer=portal-restore",
        ]);
        await Shell.NodeAsync(settings, "start", "C");
        await Shell.NodeAsync(settings, "route", "C");
        try
        {
            using (var reporter = Clients.ThroughNginx(settings))
            {
                var status = await Reporter.FollowUpStatusAsync(reporter, receipt);
                if (status is null)
                {
                    throw new StepFailed("the receipt from before the backup does not open its tip on the restored node");
                }
            }

            var cookies = new CookieContainer();
            using var client = Clients.ThroughNginx(settings, cookies: cookies);
            var login = await Page.GetAsync(client, "/account/login");
            var afterPassword = await login.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = officer.Email, ["Input.Password"] = officer.Password });
            var twoFactor = await Page.GetAsync(client, Page.RedirectTarget(afterPassword));
            await twoFactor.SubmitAsync(client, new Dictionary<string, string> { ["Input.Code"] = await officer.CodeAsync() });
            var caseFile = await Page.GetAsync(client, $"/staff/tips/{tipId}/case-file");
            var text = caseFile.Select("[data-testid=what-happened]");
            if (text is null || !text.Contains("演练", StringComparison.Ordinal))
            {
                throw new StepFailed($"the officer's case file of the tip from before shows '{text}' ({(int)caseFile.Response.StatusCode})");
            }
        }
        finally
        {
            await Shell.NodeAsync(settings, "route", "A", "B");
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
