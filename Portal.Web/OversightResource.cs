namespace Portal.Web;

/// <summary>Marker for the oversight pages' strings: Resources/OversightResource.resx (Chinese) and .en.resx (English).</summary>
public sealed class OversightResource;
