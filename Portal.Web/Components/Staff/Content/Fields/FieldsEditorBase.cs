using Microsoft.AspNetCore.Components;
using Portal.Content.Types;

namespace Portal.Web.Components.Staff.Content.Fields;

/// <summary>A content type's own fields; like blocks, the record is replaced on every edit.</summary>
public abstract class FieldsEditorBase<TFields> : ComponentBase
    where TFields : ContentFields
{
    [Parameter, EditorRequired]
    public TFields Fields { get; set; } = default!;

    [Parameter]
    public EventCallback<ContentFields> Changed { get; set; }

    protected Task Update(TFields changed) => Changed.InvokeAsync(changed);

    /// <summary>One entry per line, for lists of short texts (objectives, materials).</summary>
    protected static string Lines(IReadOnlyList<string> values) => string.Join('\n', values);

    protected static IReadOnlyList<string> SplitLines(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
}
