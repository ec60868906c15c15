using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Shared.Options;
using Portal.Tips.Monitoring;

namespace Portal.Tips.Attachments;

/// <summary>Tip attachments: the store that takes files, and the worker that empties the outbox on every node.</summary>
internal static class AttachmentRegistration
{
    public static IServiceCollection AddTipAttachments(this IServiceCollection services)
    {
        services.AddValidatedOptions<AttachmentOutboxOptions>(AttachmentOutboxOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTipMetrics();
        services.AddValidatedOptions<TipImageOptions>(TipImageOptions.SectionName);
        services.AddSingleton<ViewingCopies>();
        services.AddSingleton<TipAttachmentStore>();
        services.AddSingleton<StagedAttachmentSweeper>();
        services.AddSingleton<AttachmentOutboxWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<AttachmentOutboxWorker>());
        return services;
    }
}
