using Portal.Content.Common;

namespace Portal.Content.Blocks;

/// <summary>Formatted text; the HTML is sanitised on save.</summary>
public sealed record RichTextBlock : Block
{
    public string Html { get; init; } = "";


    public override IEnumerable<string> PlainText() => [HtmlText.ToPlainText(Html)];

    internal override Block Normalize(BlockValidation validation, string path) =>
        this with { Html = validation.Html(this, path, "html", Html) };
}

/// <summary>A section heading; level 2 to 4 (the page title is the level-1 heading).</summary>
public sealed record HeadingBlock : Block
{
    public string Text { get; init; } = "";

    public int Level { get; init; } = 2;


    public override IEnumerable<string> PlainText() => [Text];

    internal override Block Normalize(BlockValidation validation, string path)
    {
        validation.Range(this, path, "level", Level, 2, 4);
        return this with { Text = validation.Text(this, path, "text", Text, BlockValidation.MaxShortText) };
    }
}

public enum CalloutTone
{
    Info,
    Warning,
    Important,
}

/// <summary>A highlighted box, e.g. a warning sign to watch for.</summary>
public sealed record CalloutBlock : Block
{
    public CalloutTone Tone { get; init; }

    public string? Title { get; init; }

    public string Html { get; init; } = "";


    public override IEnumerable<string> PlainText() => [Title ?? "", HtmlText.ToPlainText(Html)];

    internal override Block Normalize(BlockValidation validation, string path) => this with
    {
        Title = validation.OptionalText(this, path, "title", Title, BlockValidation.MaxShortText),
        Html = validation.Html(this, path, "html", Html),
    };
}

public sealed record StepItem
{
    public string Title { get; init; } = "";

    public string? Html { get; init; }
}

/// <summary>Numbered steps, e.g. how to report.</summary>
public sealed record StepsBlock : Block
{
    public string? Title { get; init; }

    public IReadOnlyList<StepItem> Steps { get; init; } = [];


    public override IEnumerable<string> PlainText() =>
        [Title ?? "", .. Steps.SelectMany(step => new[] { step.Title, HtmlText.ToPlainText(step.Html) })];

    internal override Block Normalize(BlockValidation validation, string path)
    {
        validation.NotEmpty(this, path, "steps", Steps);
        return this with
        {
            Title = validation.OptionalText(this, path, "title", Title, BlockValidation.MaxShortText),
            Steps = [.. (Steps ?? []).Select((step, i) => new StepItem
            {
                Title = validation.Text(this, path, $"steps[{i}].title", step?.Title, BlockValidation.MaxShortText),
                Html = step?.Html is { Length: > 0 } html ? validation.Html(this, path, $"steps[{i}].html", html, required: false) : null,
            })],
        };
    }
}

/// <summary>A quotation, e.g. from the implementation rules or a survivor (with consent).</summary>
public sealed record QuoteBlock : Block
{
    public string Text { get; init; } = "";

    public string? Attribution { get; init; }


    public override IEnumerable<string> PlainText() => [Text, Attribution ?? ""];

    internal override Block Normalize(BlockValidation validation, string path) => this with
    {
        Text = validation.Text(this, path, "text", Text),
        Attribution = validation.OptionalText(this, path, "attribution", Attribution, BlockValidation.MaxShortText),
    };
}

public sealed record FaqEntry
{
    public string Question { get; init; } = "";

    public string AnswerHtml { get; init; } = "";
}

/// <summary>Questions and answers.</summary>
public sealed record FaqListBlock : Block
{
    public string? Title { get; init; }

    public IReadOnlyList<FaqEntry> Items { get; init; } = [];


    public override IEnumerable<string> PlainText() =>
        [Title ?? "", .. Items.SelectMany(item => new[] { item.Question, HtmlText.ToPlainText(item.AnswerHtml) })];

    internal override Block Normalize(BlockValidation validation, string path)
    {
        validation.NotEmpty(this, path, "items", Items);
        return this with
        {
            Title = validation.OptionalText(this, path, "title", Title, BlockValidation.MaxShortText),
            Items = [.. (Items ?? []).Select((item, i) => new FaqEntry
            {
                Question = validation.Text(this, path, $"items[{i}].question", item?.Question, BlockValidation.MaxShortText),
                AnswerHtml = validation.Html(this, path, $"items[{i}].answerHtml", item?.AnswerHtml),
            })],
        };
    }
}

/// <summary>
/// The call to report a tip (hotline and the /report link). Heading and text are optional: without them the site shows
/// its standard wording in the reader's language.
/// </summary>
public sealed record ReportTipBlock : Block
{
    public string? Heading { get; init; }

    public string? Text { get; init; }


    public override IEnumerable<string> PlainText() => [Heading ?? "", Text ?? ""];

    internal override Block Normalize(BlockValidation validation, string path) => this with
    {
        Heading = validation.OptionalText(this, path, "heading", Heading, BlockValidation.MaxShortText),
        Text = validation.OptionalText(this, path, "text", Text),
    };
}

public enum ReferenceDisplay
{
    Link,
    Card,
}

/// <summary>A link to another content item by id, so it survives slug changes.</summary>
public sealed record ContentReferenceBlock : Block
{
    public Guid ItemId { get; init; }

    /// <summary>Shown instead of the item's title when set.</summary>
    public string? Label { get; init; }

    public ReferenceDisplay Display { get; init; }


    public override IEnumerable<string> PlainText() => [Label ?? ""];

    public override IEnumerable<Guid> ItemReferences() => ItemId == Guid.Empty ? [] : [ItemId];

    internal override Block Normalize(BlockValidation validation, string path)
    {
        if (ItemId == Guid.Empty)
        {
            validation.Problems.Add(ProblemAt(ContentCodes.Required, path, "itemId"));
        }

        return this with { Label = validation.OptionalText(this, path, "label", Label, BlockValidation.MaxShortText) };
    }
}
