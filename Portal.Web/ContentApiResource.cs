namespace Portal.Web;

/// <summary>Marker for the content API's messages: Resources/ContentApiResource.resx (Chinese) and .en.resx (English).</summary>
public sealed class ContentApiResource;
