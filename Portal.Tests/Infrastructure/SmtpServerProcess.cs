using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A real SMTP server of the test's own (aiosmtpd from Debian's python3-aiosmtpd, installed by test.sh) that stores
/// what it accepts in a maildir; the test may stop it and start it again on the same port.
/// </summary>
public sealed class SmtpServerProcess : IDisposable
{
    private readonly TemporaryFolder maildir = new();
    private Process? process;

    public SmtpServerProcess()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    /// <summary>Python's maildir makes its tmp/new/cur folders only when it creates the maildir itself.</summary>
    private string MaildirPath => Path.Combine(maildir.Path, "maildir");

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MaildirPath })
        {
            start.ArgumentList.Add(argument);
        }

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
            catch (SocketException) when (waited.Elapsed < TimeSpan.FromSeconds(20) && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>The messages the server accepted so far.</summary>
    public IReadOnlyList<MimeMessage> Received()
    {
        var folder = Path.Combine(MaildirPath, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(file => MimeMessage.Load(file))] : [];
    }

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
        maildir.Dispose();
    }
}
