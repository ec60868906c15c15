namespace Portal.Web.PublicSite;

/// <summary>
/// The filing identifiers a Chinese government site shows in its footer, from configuration section <c>Site</c>.
/// Each appears only when set; the repository holds no real numbers.
/// </summary>
public sealed class SiteIdentityOptions
{
    public const string SectionName = "Site";

    /// <summary>网站标识码: the government website identifier code.</summary>
    public string? IdentifierCode { get; set; }

    /// <summary>ICP备案号: the ICP filing number, e.g. 陇ICP备…号.</summary>
    public string? IcpNumber { get; set; }

    /// <summary>公安备案号: the public-security filing number, e.g. 甘公网安备…号.</summary>
    public string? PublicSecurityFilingNumber { get; set; }

    public bool HasAny =>
        !string.IsNullOrWhiteSpace(IdentifierCode) || !string.IsNullOrWhiteSpace(IcpNumber) || !string.IsNullOrWhiteSpace(PublicSecurityFilingNumber);
}
