using System.ComponentModel.DataAnnotations;

namespace Portal.Web.PublicSite;

/// <summary>
/// Section <c>PublicSite:QuickExit</c>: where the “快速离开” link on the tip pages and the victims' hubs leads. A page
/// that draws no attention on a watched phone: the default is China's national weather site, which every mainland
/// network reaches.
/// </summary>
public sealed class QuickExitOptions : IValidatableObject
{
    public const string SectionName = "PublicSite:QuickExit";

    public const string DefaultUrl = "https://www.weather.com.cn/";

    public string Url { get; set; } = DefaultUrl;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || url.UserInfo.Length > 0)
        {
            yield return new ValidationResult(
                $"{SectionName}:Url: an absolute http(s) address of a neutral site is required, e.g. {DefaultUrl} (was '{Url}').",
                [nameof(Url)]);
        }
    }
}
