namespace Portal.Web;

/// <summary>
/// Marker for the component library's texts and aria labels (MudBlazor's own keys, and the pager texts it takes as
/// parameters): Resources/ComponentResource.resx (Chinese) and .en.resx (English).
/// </summary>
public sealed class ComponentResource;
