namespace Portal.Content.Publication;

/// <summary>
/// Told after every publication change (the web host evicts output-cache tags; search indexing can listen too).
/// Registered in DI, never as a static hook. A listener that throws is logged and does not undo the change, so a
/// listener must be safe to call once per change on the node that made it.
/// </summary>
public interface IContentPublicationListener
{
    Task OnPublicationChangedAsync(ContentPublicationChange change, CancellationToken cancellationToken);
}
