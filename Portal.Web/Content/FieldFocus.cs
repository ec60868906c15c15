namespace Portal.Web.Content;

/// <summary>
/// Ids of the inputs a problem can name (a block's field), and the page's way to bring the person to one: the content
/// editor page cascades it, and a problem's link calls it (switching to the content tab first if needed).
/// </summary>
public sealed class FieldFocus(Func<string, Task> focus)
{
    public static string IdOf(Guid blockId, string field) => $"block-{blockId:N}-{field.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal)}";

    public Task FocusAsync(string id) => focus(id);
}
