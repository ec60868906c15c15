using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Tests.Web;

/// <summary>
/// A local stand-in for an OpenTelemetry collector (OTLP over HTTP, on a real Kestrel port): it keeps the raw
/// protobuf bodies it receives, so a test can look for text in exactly the bytes that would leave the machine.
/// </summary>
internal sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeOtlpCollector(WebApplication app) => this.app = app;

    /// <summary>Each request's path (<c>/v1/traces</c>, <c>/v1/metrics</c>) and body.</summary>
    public ConcurrentQueue<(string Path, byte[] Body)> Received { get; } = new();

    public Uri Url => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var collector = new FakeOtlpCollector(app);
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/v1/{signal}", async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            collector.Received.Enqueue((context.Request.Path.Value!, body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        await app.StartAsync();
        return collector;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
