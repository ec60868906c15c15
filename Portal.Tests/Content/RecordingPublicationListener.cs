using System.Collections.Concurrent;
using Portal.Content.Publication;

namespace Portal.Tests.Content;

/// <summary>A publication listener that keeps what it is told, as the web host's cache evictor will be told.</summary>
public sealed class RecordingPublicationListener : IContentPublicationListener
{
    public ConcurrentQueue<ContentPublicationChange> Changes { get; } = new();

    public Task OnPublicationChangedAsync(ContentPublicationChange change, CancellationToken cancellationToken)
    {
        Changes.Enqueue(change);
        return Task.CompletedTask;
    }

    public IReadOnlyList<ContentPublicationChange> Of(Guid itemId) => [.. Changes.Where(c => c.ItemId == itemId)];
}
