using Portal.Storage.Blobs;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Storage;

[Collection(MemoryMeasuringTests.Name)]
[UnitTest]
public sealed class FileSystemBlobStoreTests : BlobStoreContract, IDisposable
{
    private readonly TemporaryFolder folder = new();

    public FileSystemBlobStoreTests() => Store = new FileSystemBlobStore(folder.Path);

    protected override IBlobStore Store { get; }

    [Fact]
    public async Task A_failed_upload_leaves_no_partial_file_behind()
    {
        var failing = new FailingStream(afterBytes: 100_000);

        await Assert.ThrowsAsync<IOException>(() => Store.UploadAsync("tests/partial.bin", failing, "application/octet-stream"));

        Assert.False(await Store.ExistsAsync("tests/partial.bin"));
        Assert.Empty(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    public void Dispose() => folder.Dispose();

    private sealed class FailingStream(int afterBytes) : MemoryStream(new byte[afterBytes * 2])
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position >= afterBytes)
            {
                throw new IOException("The upload was cut off.");
            }

            return await base.ReadAsync(buffer[..Math.Min(buffer.Length, 8192)], cancellationToken);
        }
    }
}
