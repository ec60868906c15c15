using Microsoft.Extensions.Options;
using MimeKit;

namespace Portal.Storage.Mail;

internal sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.Host))
        {
            return ValidateOptionsResult.Fail("Mail:Host: an SMTP host is required when Mail:Enabled is true.");
        }

        if (options.Port is < 1 or > 65535)
        {
            return ValidateOptionsResult.Fail($"Mail:Port: {options.Port} is not a port number.");
        }

        if (!Enum.TryParse<MailSecurity>(options.Security, ignoreCase: true, out var security) || !Enum.IsDefined(security))
        {
            return ValidateOptionsResult.Fail($"Mail:Security: '{options.Security}' is not known; use StartTls, SslOnConnect or None.");
        }

        if (string.IsNullOrWhiteSpace(options.FromAddress) || !MailboxAddress.TryParse(options.FromAddress, out _))
        {
            return ValidateOptionsResult.Fail("Mail:FromAddress: a valid sender address is required when Mail:Enabled is true.");
        }

        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            return ValidateOptionsResult.Fail("Mail:PublicBaseUrl: the portal's absolute public address (https://…) is required for links in messages.");
        }

        return options.PollInterval <= TimeSpan.Zero
            ? ValidateOptionsResult.Fail("Mail:PollInterval: must be positive.")
            : ValidateOptionsResult.Success;
    }
}
