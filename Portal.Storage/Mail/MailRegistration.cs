using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;

namespace Portal.Storage.Mail;

public static class MailRegistration
{
    /// <summary>Registers <see cref="MailOptions"/> (validated at start-up) and the SMTP sender.</summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(IMailSender)))
        {
            return services;
        }

        services.AddValidatedOptions<MailOptions>(MailOptions.SectionName);
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
