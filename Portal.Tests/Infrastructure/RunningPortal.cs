using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The built Portal.Web serving on a fixed local port as its own process, so a test can kill it outright
/// (no graceful shutdown, no test hooks in the portal) and start it again on the same data.
/// </summary>
public sealed class RunningPortal : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private RunningPortal(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote to standard output and standard error so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>A port that was free a moment ago on 127.0.0.1.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Starts Portal.Web on <paramref name="port"/> and returns once GET /health/live answers 200.</summary>
    public static async Task<RunningPortal> StartAsync(string workingDirectory, int port, IDictionary<string, string> environment)
    {
        // https, as a production node behind no proxy: browsers and HttpClient send Secure cookies only over https.
        var address = new Uri($"https://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(PortalProcess.WebAssemblyPath());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in TestKeys.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in ProductionSettings.Environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Kestrel__Certificates__Default__Path"] = ProductionSettings.TlsCertificatePath;
        start.Environment["Kestrel__Certificates__Default__Password"] = ProductionSettings.CertificatePassword;

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var portal = new RunningPortal(Process.Start(start)!, address);
        portal.process.OutputDataReceived += portal.Append;
        portal.process.ErrorDataReceived += portal.Append;
        portal.process.BeginOutputReadLine();
        portal.process.BeginErrorReadLine();
        try
        {
            await portal.WaitUntilLiveAsync();
            return portal;
        }
        catch
        {
            portal.Dispose();
            throw;
        }
    }

    /// <summary>Ends the process the hard way, as a power cut or an OOM kill would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private void Append(object sender, DataReceivedEventArgs line)
    {
        if (line.Data is not null)
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }
        }
    }

    /// <summary>Generous: start-up migrates a fresh database, and a loaded 2-core machine can take its time.</summary>
    private static readonly TimeSpan StartUpLimit = TimeSpan.FromSeconds(90);

    private async Task WaitUntilLiveAsync()
    {
        using var probe = new HttpClient(ProductionSettings.TrustingHandler()) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartUpLimit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Portal.Web exited with code {process.ExitCode} before it answered /health/live.\n{Output}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Portal.Web did not answer /health/live within {StartUpLimit.TotalSeconds} seconds.\n{Output}");
    }
}
