using System.Buffers.Binary;
using System.Text;
using Portal.Storage.Blobs;

namespace Portal.Content.Media;

/// <summary>
/// Reads the entry names of a zip that is already in the blob store, with two range reads (the end record, then the
/// central directory), so a 100 MB presentation is never read whole to learn that it has a <c>ppt/</c> folder.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndOfDirectorySignature = 0x06054b50;
    private const uint DirectoryEntrySignature = 0x02014b50;
    private const int EndRecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;

    /// <summary>A directory larger than this is not an Office document or a teaching pack; it is refused as unreadable.</summary>
    private const int MaxDirectoryBytes = 8 * 1024 * 1024;

    /// <summary>The entry names, or null when the blob is not a readable zip (no end record, zip64, a broken directory).</summary>
    public static async Task<IReadOnlyList<string>?> ReadEntryNamesAsync(IBlobStore store, string key, long length, CancellationToken cancellationToken)
    {
        if (length < EndRecordLength)
        {
            return null;
        }

        var tailLength = (int)Math.Min(length, EndRecordLength + MaxCommentLength);
        var tail = await ReadRangeAsync(store, key, length - tailLength, tailLength, cancellationToken);
        if (tail is null)
        {
            return null;
        }

        var end = -1;
        for (var i = tail.Length - EndRecordLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EndOfDirectorySignature)
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var entryCount = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 10));
        var directorySize = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 12));
        var directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 16));
        if (entryCount == ushort.MaxValue || directorySize == uint.MaxValue || directoryOffset == uint.MaxValue
            || directorySize > MaxDirectoryBytes || directoryOffset + (long)directorySize > length || directorySize == 0)
        {
            return null;
        }

        var directory = await ReadRangeAsync(store, key, directoryOffset, (int)directorySize, cancellationToken);
        return directory is null ? null : ParseDirectory(directory, entryCount);
    }

    private static List<string>? ParseDirectory(byte[] directory, int entryCount)
    {
        var names = new List<string>(entryCount);
        var position = 0;
        for (var i = 0; i < entryCount; i++)
        {
            if (position + 46 > directory.Length || BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(position)) != DirectoryEntrySignature)
            {
                return null;
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(position + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(position + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(position + 32));
            if (position + 46 + nameLength > directory.Length)
            {
                return null;
            }

            names.Add(Encoding.UTF8.GetString(directory, position + 46, nameLength));
            position += 46 + nameLength + extraLength + commentLength;
        }

        return names;
    }

    private static async Task<byte[]?> ReadRangeAsync(IBlobStore store, string key, long offset, int count, CancellationToken cancellationToken)
    {
        await using var download = await store.OpenReadAsync(key, new ByteRange(offset, count), cancellationToken);
        if (download is null || download.Length != count)
        {
            return null;
        }

        var buffer = new byte[count];
        await download.Content.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }
}
