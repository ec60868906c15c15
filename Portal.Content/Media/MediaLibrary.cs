using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Storage.Blobs;

namespace Portal.Content.Media;

/// <summary>
/// The media library: files on the blob store with their folders, texts, renditions and usage. Editors upload,
/// edit, move and delete in the departments granted to them; anyone with a content role in a department (and
/// administrators everywhere) sees its library. Every change is in the content audit trail.
/// The methods are spread over <c>MediaLibrary.*.cs</c> by concern.
/// </summary>
public sealed partial class MediaLibrary(
    ContentContexts contexts,
    IBlobStore blobs,
    IOptions<MediaOptions> options,
    TimeProvider time,
    ILogger<MediaLibrary> logger)
{
    private MediaOptions Options => options.Value;

    internal static string OriginalKey(Guid assetId) => $"content/media/{assetId:N}/original";

    internal static string RenditionKey(Guid assetId, string rendition) => $"content/media/{assetId:N}/{rendition}";

    private static Task<bool> MayEditAsync(ContentDbContext context, ContentActor actor, Guid departmentId, CancellationToken cancellationToken) =>
        DepartmentAccess.HasRoleAsync(context, actor, ContentRole.Editor, departmentId, cancellationToken);

    /// <summary>Administrators and the system see every department's library; others those where they hold a content role.</summary>
    private static async Task<HashSet<Guid>?> VisibleDepartmentsAsync(ContentDbContext context, ContentActor actor, CancellationToken cancellationToken) =>
        actor.IsAdministrator || actor.IsSystem ? null : await DepartmentAccess.DepartmentsWithAnyRoleAsync(context, actor, cancellationToken);

    private static async Task<bool> MayReadAsync(ContentDbContext context, ContentActor actor, Guid departmentId, CancellationToken cancellationToken) =>
        await VisibleDepartmentsAsync(context, actor, cancellationToken) is not { } visible || visible.Contains(departmentId);

    private async Task DeleteBlobsAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            try
            {
                // Not the caller's token: the clean-up must finish even when the request that caused it was aborted.
                await blobs.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                LogBlobNotDeleted(logger, key, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Media blob {Key} could not be deleted; it is left over in the store.")]
    private static partial void LogBlobNotDeleted(ILogger logger, string key, Exception exception);
}
