using Microsoft.AspNetCore.Http.Features;
using Portal.Tips.Attachments;

namespace Portal.Web.Reporting;

/// <summary>The request size the tip upload routes accept: every file a tip may carry, and the form around them.</summary>
public static class TipUploadLimits
{
    public const long MaxBodyBytes = (AttachmentRules.MaxAttachmentsPerTip * AttachmentRules.MaxBytes) + (1024 * 1024);

    /// <summary>Raises the server's default request size limit (about 30 MB) for this request.</summary>
    public static void AllowLargeBody(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sizeLimit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        }
    }
}
