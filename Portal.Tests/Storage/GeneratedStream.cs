using System.Security.Cryptography;
using Portal.Storage.IO;

namespace Portal.Tests.Storage;

/// <summary>
/// A non-seekable stream of deterministic bytes that never exists in memory as a whole. While it is read it
/// samples the live managed heap (after a full collection, every <paramref name="sampleEvery"/> bytes, 32 MB
/// by default), so a test can tell whether the consumer buffered everything it read.
/// </summary>
internal sealed class GeneratedStream(long length, long sampleEvery = 32 * 1024 * 1024) : ReadOnlyForwardStream
{
    private readonly long baseline = GC.GetTotalMemory(forceFullCollection: true);
    private long position;
    private long nextSample;

    public long PeakLiveBytes { get; private set; }

    public int Samples { get; private set; }

    protected override long ReadSoFar => position;

    public static byte ByteAt(long index) => (byte)((index * 31 + (index >> 12)) % 253);

    public static byte[] Sha256(long length)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stream = new GeneratedStream(length);
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        return hash.GetHashAndReset();
    }

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - position);
        for (var i = 0; i < count; i++)
        {
            buffer[i] = ByteAt(position + i);
        }

        position += count;
        if (position >= nextSample && count > 0)
        {
            PeakLiveBytes = Math.Max(PeakLiveBytes, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            Samples++;
            nextSample += sampleEvery;
        }

        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

}
