using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;

namespace Portal.Web.Components.Forms;

/// <summary>
/// Radio buttons for the static public forms, used like <see cref="InputRadioGroup{TValue}"/> with
/// <see cref="StaticRadio{TValue}"/> inside. Blazor's <c>InputRadio</c> writes <c>checked="a"</c> (a value it toggles
/// to force interactive re-rendering), which is not valid HTML; these write the plain boolean <c>checked</c>.
/// </summary>
public sealed class StaticRadioGroup<TValue> : InputBase<TValue>
{
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>The form field name the radios post under (e.g. <c>Form.Mode</c>).</summary>
    internal string GroupName => NameAttributeValue;

    internal bool IsChosen(TValue value) => EqualityComparer<TValue>.Default.Equals(CurrentValue, value);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenComponent<CascadingValue<StaticRadioGroup<TValue>>>(0);
        builder.AddComponentParameter(1, nameof(CascadingValue<StaticRadioGroup<TValue>>.Value), this);
        builder.AddComponentParameter(2, nameof(CascadingValue<StaticRadioGroup<TValue>>.IsFixed), true);
        builder.AddComponentParameter(3, nameof(CascadingValue<StaticRadioGroup<TValue>>.ChildContent), ChildContent);
        builder.CloseComponent();
    }

    protected override bool TryParseValueFromString(string? value, [MaybeNullWhen(false)] out TValue result, [NotNullWhen(false)] out string? validationErrorMessage)
    {
        if (BindConverter.TryConvertTo(value, System.Globalization.CultureInfo.InvariantCulture, out result))
        {
            validationErrorMessage = null;
            return true;
        }

        validationErrorMessage = FieldIdentifier.FieldName + " is not valid.";
        return false;
    }
}
