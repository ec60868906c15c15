using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// One portal on Kestrel (a real port on 127.0.0.1) and one headless Debian Chromium for all browser tests.
/// Chromium runs with the flags that keep it off the network this machine does not have.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<IBrowserContext> openContexts = new();
    private IPlaywright? playwright;

    public PortalFactory Portal { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Errors and warnings the pages wrote to the browser console; shown when a browser test fails.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> BrowserMessages { get; } = new();

    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "portal-screenshots")).FullName;

    public async Task InitializeAsync()
    {
        Portal.UseKestrel(0);
        Portal.StartServer();
        BaseUrl = Portal.ServerAddress.ToString().TrimEnd('/');
        // Started off xunit's synchronization context, whose few threads the other test collections may all be
        // holding: Playwright's message loop (route handlers, navigation events) then never waits behind them.
        (playwright, Browser) = await Task.Run(async () =>
        {
            var driver = await Playwright.CreateAsync();
            var browser = await driver.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("PORTAL_TEST_CHROMIUM") ?? "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            });
            return (driver, browser);
        });
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true, string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, Locale = locale, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        openContexts.Enqueue(context);
        // A loaded two-core CI machine can take far longer than Playwright's 30 s default to answer a sign-in.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                BrowserMessages.Enqueue($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => BrowserMessages.Enqueue("page error: " + error);
        return page;
    }

    /// <summary>
    /// Closes every context handed out so far, and with it its pages and their Blazor circuits. The browser collection
    /// runs one test at a time, so these are the contexts of the test that has just ended (<see cref="BrowserTestBase"/>).
    /// </summary>
    public async Task CloseContextsAsync()
    {
        while (openContexts.TryDequeue(out var context))
        {
            await context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await CloseContextsAsync();
        await Browser.CloseAsync();
        playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

/// <summary>
/// The base of every browser test class: the pages a test opened (their contexts) are closed when the test ends,
/// so no staff page keeps its circuit open while the next test runs.
/// </summary>
public abstract class BrowserTestBase(BrowserFixture fixture) : IAsyncLifetime
{
    protected BrowserFixture Fixture { get; } = fixture;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Fixture.CloseContextsAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
