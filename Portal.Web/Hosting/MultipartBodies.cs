using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Web.Hosting;

/// <summary>
/// A multipart body that ends early, or whose boundary never comes, makes the reader throw IOException: that is the
/// sender's broken request (a phone that lost its signal, or an attacker), answered 400 by the exception handler
/// (<see cref="RequestErrors"/>), not a server error.
/// </summary>
public static class MultipartBodies
{
    public static async Task<MultipartSection?> NextSectionOrRefuseAsync(this MultipartReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException && !cancellationToken.IsCancellationRequested)
        {
            throw Refused(exception);
        }
    }

    /// <summary>Runs <paramref name="read"/> over a section's body; a body cut off on the way is the sender's problem.</summary>
    public static async Task<T> ReadOrRefuseAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return await read();
        }
        catch (IOException exception) when (!cancellationToken.IsCancellationRequested && exception.Message.StartsWith("Unexpected end of Stream", StringComparison.Ordinal))
        {
            throw Refused(exception);
        }
    }

    private static BadHttpRequestException Refused(Exception exception) =>
        new("The multipart body could not be read.", StatusCodes.Status400BadRequest, exception);
}
