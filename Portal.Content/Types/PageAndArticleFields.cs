namespace Portal.Content.Types;

/// <summary>A page of the site's own structure (about, contact, a section landing page); pages form a tree by parent.</summary>
public sealed record PageFields : ContentFields
{
    /// <summary>Shorter title for menus and breadcrumbs.</summary>
    public string? NavigationTitle { get; init; }


    internal override ContentFields Normalize(FieldValidation validation) =>
        this with { NavigationTitle = validation.OptionalText("navigationTitle", NavigationTitle, 60) };
}

/// <summary>News, a campaign report, an explainer.</summary>
public sealed record ArticleFields : ContentFields
{
    public string? Byline { get; init; }

    /// <summary>Where the article first appeared, when it is republished.</summary>
    public string? Source { get; init; }


    public override IEnumerable<string> PlainText() => [Byline ?? ""];

    internal override ContentFields Normalize(FieldValidation validation) => this with
    {
        Byline = validation.OptionalText("byline", Byline, 200),
        Source = validation.OptionalText("source", Source, 300),
    };
}
