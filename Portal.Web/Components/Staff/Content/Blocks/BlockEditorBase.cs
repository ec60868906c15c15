using Microsoft.AspNetCore.Components;
using Portal.Content.Blocks;

namespace Portal.Web.Components.Staff.Content.Blocks;

/// <summary>
/// A block's form. Blocks are immutable records: every edit hands the changed copy to <see cref="Changed"/> and the
/// list replaces the block in place, keeping its id (which the diff matches on).
/// </summary>
public abstract class BlockEditorBase<TBlock> : ComponentBase
    where TBlock : Block
{
    [Parameter, EditorRequired]
    public TBlock Block { get; set; } = default!;

    [Parameter]
    public EventCallback<Block> Changed { get; set; }

    /// <summary>The block's id in short, for element ids that tie labels to inputs.</summary>
    protected string Key => Block.Id.ToString("N")[..8];

    protected Task Update(TBlock changed) => Changed.InvokeAsync(changed);

    /// <summary>The id of a field's input, which a problem naming that field links to.</summary>
    protected string FieldId(string field) => Portal.Web.Content.FieldFocus.IdOf(Block.Id, field);
}
