using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Portal.Web.Components.Forms;

/// <summary>One radio button of a <see cref="StaticRadioGroup{TValue}"/>: <c>&lt;input type="radio" checked&gt;</c>.</summary>
public sealed class StaticRadio<TValue> : ComponentBase
{
    [CascadingParameter]
    private StaticRadioGroup<TValue> Group { get; set; } = default!;

    [Parameter, EditorRequired]
    public TValue Value { get; set; } = default!;

    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    protected override void OnParametersSet()
    {
        if (Group is null)
        {
            throw new InvalidOperationException($"{nameof(StaticRadio<TValue>)} must be inside a {nameof(StaticRadioGroup<TValue>)}.");
        }
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, "input");
        builder.AddMultipleAttributes(1, AdditionalAttributes);
        builder.AddAttribute(2, "type", "radio");
        builder.AddAttribute(3, "name", Group.GroupName);
        builder.AddAttribute(4, "value", BindConverter.FormatValue(Value?.ToString()));
        builder.AddAttribute(5, "checked", Group.IsChosen(Value));
        builder.CloseElement();
    }
}
