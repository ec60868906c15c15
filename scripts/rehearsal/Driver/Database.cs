using System.Diagnostics;

namespace Portal.Rehearsal;

/// <summary>Reads the database as its owner with psql, for the checks no page shows (counts, constraints).</summary>
internal static class Database
{
    public static async Task<string> QueryAsync(Settings settings, string sql, string database = "portal")
    {
        var start = new ProcessStartInfo("psql")
        {
            ArgumentList = { "-h", "127.0.0.1", "-p", settings.PgPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "portal_owner", "-d", database, "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = settings.OwnerPassword;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output.Trim() : throw new StepFailed($"psql: {error.Trim()}");
    }

    public static async Task<long> CountAsync(Settings settings, string sql, string database = "portal") =>
        long.Parse(await QueryAsync(settings, sql, database), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>scripts/rehearsal/node.sh and other shell commands.</summary>
internal static class Shell
{
    public static Task RunAsync(string file, params string[] arguments) => RunAsync(new Dictionary<string, string>(), file, arguments);

    public static async Task RunAsync(IDictionary<string, string> environment, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new StepFailed($"{Path.GetFileName(file)} {string.Join(' ', arguments)}: {(output + error).Trim()}");
        }
    }

    public static Task NodeAsync(Settings settings, params string[] arguments) => RunAsync(settings.NodeScript, arguments);
}
