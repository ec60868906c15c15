namespace Portal.Web;

/// <summary>Marker for the volunteer pages' strings: Resources/VolunteerResource.resx (Chinese) and .en.resx (English).</summary>
public sealed class VolunteerResource;
