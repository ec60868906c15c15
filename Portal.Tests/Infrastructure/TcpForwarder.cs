using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A port on 127.0.0.1 that forwards to a real server and can be cut and restored, so a test can take the database
/// away from a running portal (as a restart or a network fault does) without stopping the shared server.
/// </summary>
public sealed class TcpForwarder : IDisposable
{
    private readonly IPEndPoint target;
    private readonly List<TcpClient> open = [];
    private readonly Lock gate = new();
    private TcpListener? listener;
    private CancellationTokenSource? running;

    public TcpForwarder(string host, int port)
    {
        target = new IPEndPoint(IPAddress.Parse(host), port);
        Port = RunningPortal.FreePort();
    }

    public int Port { get; }

    /// <summary>Starts accepting (again) on <see cref="Port"/>.</summary>
    public void Start()
    {
        running = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _ = AcceptAsync(listener, running.Token);
    }

    /// <summary>Closes the port and every connection through it: the server is gone for the client.</summary>
    public void Cut()
    {
        running?.Cancel();
        listener?.Stop();
        lock (gate)
        {
            foreach (var client in open)
            {
                client.Dispose();
            }

            open.Clear();
        }
    }

    public void Dispose()
    {
        Cut();
        running?.Dispose();
    }

    private async Task AcceptAsync(TcpListener accepting, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await accepting.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var outbound = new TcpClient();
            try
            {
                await outbound.ConnectAsync(target, cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }

            lock (gate)
            {
                open.Add(inbound);
                open.Add(outbound);
            }

            _ = PipeAsync(inbound, outbound, cancellationToken);
            _ = PipeAsync(outbound, inbound, cancellationToken);
        }
    }

    private static async Task PipeAsync(TcpClient from, TcpClient to, CancellationToken cancellationToken)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The other side or Cut() closed it.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
