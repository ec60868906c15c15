namespace Portal.Web;

/// <summary>Marker for the content manager's and content pages' strings: Resources/ContentResource.resx (Chinese) and .en.resx (English).</summary>
public sealed class ContentResource;
