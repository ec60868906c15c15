using Microsoft.Extensions.Localization;
using Portal.Content.Oversight;
using Portal.Tips.Oversight;

namespace Portal.Web.Oversight;

/// <summary>What a dashboard or report shows: the figures and their tables.</summary>
public sealed record OversightView(OversightScope Scope, TipOversightFigures Tips, ContentOversightFigures Content, IReadOnlyList<OversightTable> Tables)
{
    public OversightTable Table(string id) => Tables.Single(t => t.Id == id);
}

/// <summary>
/// Loads the figures for the dashboard, the CSV endpoint and the report alike, so the CSV is the table on the page.
/// The Tips service checks the actor's regions (and throws <see cref="OversightAccessDeniedException"/>).
/// </summary>
public sealed class OversightViews(OversightFigures tips, ContentOversight content, IStringLocalizer<OversightResource> l, IStringLocalizer<SharedResource> shared)
{
    public async Task<OversightView> LoadAsync(OversightActor actor, OversightQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = await tips.ScopeOfAsync(actor, cancellationToken);
        var tipFigures = await tips.GetAsync(actor, query, cancellationToken);
        // Downloads are counted by UTC day; the range's dates are taken as UTC days for them (docs/oversight.md).
        var contentFigures = await content.GetAsync(query.Start, query.End, query.From, query.To, cancellationToken);
        return new OversightView(scope, tipFigures, contentFigures, OversightTables.Build(tipFigures, contentFigures, l, shared));
    }

    /// <summary>The same figures' tables in the current culture (the report states its summary in two languages).</summary>
    public OversightView Rebuild(OversightView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view with { Tables = OversightTables.Build(view.Tips, view.Content, l, shared) };
    }

    public Task<OversightScope> ScopeOfAsync(OversightActor actor, CancellationToken cancellationToken = default) => tips.ScopeOfAsync(actor, cancellationToken);
}
