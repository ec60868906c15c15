using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A server program of the test's own on 127.0.0.1 (a port of its own, data in a folder of its own), which the test
/// may stop and start again on the same port and data, as an outage and its end.
/// </summary>
public abstract class LoopbackServerProcess : IDisposable
{
    private Process? process;

    public int Port { get; } = RunningPortal.FreePort();

    protected TemporaryFolder Data { get; } = new();

    /// <summary>How long the server may take to listen, e.g. longer for a Node.js program.</summary>
    protected abstract TimeSpan StartLimit { get; }

    protected abstract ProcessStartInfo StartInfo();

    /// <summary>Starts the server and returns once its port accepts connections.</summary>
    public async Task StartAsync()
    {
        var start = StartInfo();
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        process = Process.Start(start)!;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (waited.Elapsed < StartLimit && !process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Ends the server the hard way, as a crash would.</summary>
    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public void Dispose()
    {
        StopAsync().GetAwaiter().GetResult();
        Data.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static ProcessStartInfo Command(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
