using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using Portal.Tests.Infrastructure;
using Portal.Web.Components.Staff.Content.RichText;

namespace Portal.Tests.Content.Manager;

/// <summary>
/// A rich-text block that goes while its script is still loading (the editor page re-renders its blocks, the person
/// leaves): the editor is never created for it and the module is let go, so nothing is handed to the script that
/// points at a component that no longer exists. In the rehearsal that ended the publisher's whole staff circuit.
/// </summary>
/// <remarks>
/// The browser cannot be made to load a module slowly on purpose, so the script side is a recording
/// <see cref="IJSRuntime"/> whose import finishes when the test says; the editor with the real script is
/// <c>RichTextEditorBrowserTests</c>.
/// </remarks>
[IntegrationTest]
public sealed class RichTextEditorLifecycleTests : BunitContext, IClassFixture<PortalFactory>, IAsyncLifetime
{
    private readonly SlowModuleRuntime script = new();

    public RichTextEditorLifecycleTests(PortalFactory portal)
    {
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddSingleton(portal.Services.GetRequiredService<Portal.Content.Delivery.PublishedListing>());
        Services.AddScoped<Portal.Web.Content.SiteLinks>();
        Services.AddSingleton<IJSRuntime>(script);
    }

    [Fact]
    public async Task A_block_removed_while_its_script_loads_creates_no_editor_and_lets_the_module_go()
    {
        Render<RichTextEditor>(p => p.Add(x => x.Label, "正文").Add(x => x.Value, "<p>旧的文字</p>"));
        await script.ImportAsked.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await DisposeComponentsAsync();
        script.FinishImport();

        await script.ModuleDisposed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(script.ModuleCalls);
    }

    [Fact]
    public async Task A_block_that_stays_creates_its_editor_once_the_script_loads()
    {
        Render<RichTextEditor>(p => p.Add(x => x.Label, "正文").Add(x => x.Value, "<p>旧的文字</p>"));
        await script.ImportAsked.Task.WaitAsync(TimeSpan.FromSeconds(30));

        script.FinishImport();

        await script.Created.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["create"], script.ModuleCalls);
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>Records what the component asks of the script; the module import waits for <see cref="FinishImport"/>.</summary>
    private sealed class SlowModuleRuntime : IJSRuntime, IJSObjectReference
    {
        private readonly TaskCompletionSource<IJSObjectReference> import = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ImportAsked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ModuleDisposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Created { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> ModuleCalls { get; } = [];

        public void FinishImport() => import.SetResult(this);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public async ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
        {
            if (identifier == "import")
            {
                ImportAsked.TrySetResult();
                return (TValue)await import.Task;
            }

            ModuleCalls.Add(identifier);
            if (identifier == "create")
            {
                Created.TrySetResult();
                return (TValue)(object)this; // the editor's handle, which the component keeps and later destroys
            }

            return default!;
        }

        public ValueTask DisposeAsync()
        {
            ModuleDisposed.TrySetResult();
            return ValueTask.CompletedTask;
        }
    }
}
