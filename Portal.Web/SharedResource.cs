namespace Portal.Web;

/// <summary>Marker for the portal's UI strings: Resources/SharedResource.resx (Chinese) and .en.resx (English).</summary>
public sealed class SharedResource;
