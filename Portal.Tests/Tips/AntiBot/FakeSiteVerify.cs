using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Portal.Tests.Tips.AntiBot;

/// <summary>A real Kestrel server on a free local port that answers like reCAPTCHA's siteverify, as each test says.</summary>
internal sealed class FakeSiteVerify : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TaskCompletionSource<string> firstBody = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeSiteVerify(WebApplication app) => this.app = app;

    /// <summary>What the next request gets; a success for the tip form by default.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = Json(Answer());

    public Uri Url { get; private set; } = null!;

    /// <summary>This server's origin, to stand in for reCAPTCHA's script origin in browser tests.</summary>
    public Uri Origin => new(Url.GetLeftPart(UriPartial.Authority));

    /// <summary>
    /// What GET /recaptcha/api.js serves: a stand-in for reCAPTCHA's script whose tokens say which site key and
    /// action they were asked for. Null answers 404, as when the real script cannot be reached.
    /// </summary>
    public string? ApiScript { get; set; } = """
        window.grecaptcha = {
          ready: (callback) => setTimeout(callback, 0),
          execute: (siteKey, options) => Promise.resolve('browser-token:' + siteKey + ':' + options.action),
        };
        """;

    /// <summary>The raw body of the first request, to check what is (not) sent.</summary>
    public Task<string> FirstRequestBody => firstBody.Task;

    public static async Task<FakeSiteVerify> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSiteVerify(app);
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/recaptcha/api/siteverify", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            fake.firstBody.TrySetResult(await reader.ReadToEndAsync(context.RequestAborted));
            await fake.Respond(context);
        });
        app.MapGet("/recaptcha/api.js", context =>
        {
            if (fake.ApiScript is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            context.Response.ContentType = "text/javascript";
            return context.Response.WriteAsync(fake.ApiScript, context.RequestAborted);
        });
        await app.StartAsync();
        fake.Url = new Uri(new Uri(app.Urls.Single()), "/recaptcha/api/siteverify");
        return fake;
    }

    /// <summary>siteverify's answer for a reCAPTCHA v3 token.</summary>
    public static object Answer(bool success = true, string hostname = "tips.example.cn", string action = "submit_tip", double score = 0.9, string[]? errorCodes = null) =>
        success
            ? new Dictionary<string, object> { ["success"] = true, ["challenge_ts"] = "2026-11-30T00:00:00Z", ["hostname"] = hostname, ["action"] = action, ["score"] = score }
            : new Dictionary<string, object> { ["success"] = false, ["error-codes"] = errorCodes ?? ["invalid-input-response"] };

    public static Func<HttpContext, Task> Json(object answer) => context => context.Response.WriteAsJsonAsync(answer, context.RequestAborted);

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
