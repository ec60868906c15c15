using System.Globalization;
using Portal.Tips.Sealing;

namespace Portal.Tips.Attachments;

/// <summary>
/// What a file's row tells only once opened: its name and its exact length, encrypted together (padded) under the tip's
/// key. The row's plaintext length is the file's size class, which the blob store shows anyway, so a copy of the
/// database tells no more about a file's size than its padded blob does.
/// </summary>
internal static class AttachmentFacts
{
    private const char Marker = '\u001e';

    public static string Join(string name, long length) =>
        string.Create(CultureInfo.InvariantCulture, $"{Marker}{length}{Marker}{name}");

    /// <summary>The name and exact length; a row stored before lengths were sealed holds the name alone (length null).</summary>
    public static (string Name, long? Length) Read(string opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        if (opened.Length > 2 && opened[0] == Marker && opened.IndexOf(Marker, 1) is > 1 and var end
            && long.TryParse(opened.AsSpan(1, end - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return (opened[(end + 1)..], length);
        }

        return (opened, null);
    }

    /// <summary>The length the row shows: the size class the file is stored in.</summary>
    public static long ClassLength(long length) =>
        SizeClasses.FileChunks(Math.Max(1, (length + SizeClasses.FileChunkSize - 1) / SizeClasses.FileChunkSize)) * SizeClasses.FileChunkSize;
}
