using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Portal.Web.Hosting;

/// <summary>
/// MudBlazor's texts ("Rows per page", "First page", "Open", "Close", "Increment"…) from our resources, in the
/// language of the page: MudBlazor asks this for every key before falling back to its built-in English.
/// </summary>
public sealed class PortalMudLocalizer(IStringLocalizer<ComponentResource> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];

    public override LocalizedString this[string key, params object[] arguments] => text[key, arguments];
}
