using System.Security.Cryptography;
using System.Text;
using Portal.Storage.Blobs;

namespace Portal.Tests.Storage;

/// <summary>The behaviour every blob store must have; run against the file system and against Azurite.</summary>
public abstract class BlobStoreContract
{
    protected abstract IBlobStore Store { get; }

    private static string NewKey(string extension = "bin") => $"tests/{Guid.NewGuid():N}.{extension}";

    [Fact]
    public async Task A_blob_comes_back_with_its_bytes_content_type_and_length()
    {
        var key = NewKey("txt");
        var bytes = Encoding.UTF8.GetBytes("拐卖线索 — evidence");

        var stored = await Store.UploadAsync(key, new MemoryStream(bytes), "text/plain; charset=utf-8");
        await using var download = await Store.OpenReadAsync(key);

        Assert.Equal(bytes.Length, stored.Length);
        Assert.NotNull(download);
        Assert.Equal("text/plain; charset=utf-8", download.Properties.ContentType);
        Assert.Equal(bytes.Length, download.Length);
        Assert.False(download.IsPartial);
        Assert.Equal(bytes, await ReadAllAsync(download.Content));
    }

    [Fact]
    public async Task A_range_read_returns_exactly_the_requested_bytes()
    {
        var key = NewKey();
        var bytes = Enumerable.Range(0, 10_000).Select(i => (byte)(i % 251)).ToArray();
        await Store.UploadAsync(key, new MemoryStream(bytes), "application/octet-stream");

        await using var middle = await Store.OpenReadAsync(key, new ByteRange(1_000, 500));
        await using var tail = await Store.OpenReadAsync(key, new ByteRange(9_990));
        await using var pastTheEnd = await Store.OpenReadAsync(key, new ByteRange(9_995, 100));

        Assert.Equal(bytes[1_000..1_500], await ReadAllAsync(middle!.Content));
        Assert.True(middle.IsPartial);
        Assert.Equal(10_000, middle.Properties.Length);
        Assert.Equal(bytes[9_990..], await ReadAllAsync(tail!.Content));
        Assert.Equal(5, pastTheEnd!.Length);
        Assert.Equal(bytes[9_995..], await ReadAllAsync(pastTheEnd.Content));
    }

    [Fact]
    public async Task A_range_that_starts_beyond_the_end_is_refused()
    {
        var key = NewKey();
        await Store.UploadAsync(key, new MemoryStream(new byte[100]), "application/octet-stream");

        var refused = await Assert.ThrowsAsync<BlobRangeNotSatisfiableException>(() => Store.OpenReadAsync(key, new ByteRange(100)));

        Assert.Equal(100, refused.TotalLength);
    }

    [Fact]
    public async Task Existence_properties_and_delete_agree()
    {
        var key = NewKey("pdf");
        Assert.False(await Store.ExistsAsync(key));
        Assert.Null(await Store.GetPropertiesAsync(key));
        Assert.Null(await Store.OpenReadAsync(key));

        var stored = await Store.UploadAsync(key, new MemoryStream(new byte[42]), "application/pdf");
        var properties = await Store.GetPropertiesAsync(key);
        Assert.True(await Store.ExistsAsync(key));
        Assert.Equal(42, properties!.Length);
        Assert.Equal("application/pdf", properties.ContentType);
        Assert.Equal(stored.ETag, properties.ETag);
        Assert.StartsWith("\"", properties.ETag, StringComparison.Ordinal);

        Assert.True(await Store.DeleteAsync(key));
        Assert.False(await Store.ExistsAsync(key));
        Assert.False(await Store.DeleteAsync(key));
    }

    [Fact]
    public async Task Replacing_a_blob_changes_its_etag()
    {
        var key = NewKey();
        var first = await Store.UploadAsync(key, new MemoryStream(new byte[10]), "application/octet-stream");
        var second = await Store.UploadAsync(key, new MemoryStream(new byte[11]), "application/octet-stream");

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(11, (await Store.GetPropertiesAsync(key))!.Length);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("/absolute.txt")]
    [InlineData("tests/../../escape")]
    [InlineData("Upper/Case.txt")]
    [InlineData("")]
    public async Task Keys_that_could_leave_the_store_are_rejected(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.UploadAsync(key, new MemoryStream([1]), "application/octet-stream"));
    }

    [Fact]
    public async Task A_200_MB_blob_streams_in_and_out_without_being_held_in_memory()
    {
        const long size = 200L * 1024 * 1024;
        var key = NewKey();
        var source = new GeneratedStream(size);

        await Store.UploadAsync(key, source, "video/mp4");
        Assert.Equal(size, (await Store.GetPropertiesAsync(key))!.Length);

        var readPeak = 0L;
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var download = await Store.OpenReadAsync(key))
        {
            var buffer = new byte[81920];
            long read = 0, nextSample = 0;
            int count;
            while ((count = await download!.Content.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, count);
                read += count;
                if (read >= nextSample)
                {
                    readPeak = Math.Max(readPeak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                    nextSample += 32 * 1024 * 1024;
                }
            }

            Assert.Equal(size, read);
        }

        Assert.Equal(GeneratedStream.Sha256(size), hash.GetHashAndReset());
        // Holding the file would need 200 MB live at once; streaming needs a few buffers.
        Assert.True(source.PeakLiveBytes < 64 * 1024 * 1024, $"Upload held {source.PeakLiveBytes / 1024 / 1024} MB live.");
        Assert.True(readPeak < 64 * 1024 * 1024, $"Download held {readPeak / 1024 / 1024} MB live.");
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
