using Portal.Tips.Protection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Protection;

[Collection(Portal.Tests.Storage.MemoryMeasuringTests.Name)]
[UnitTest]
public sealed class AttachmentCipherMemoryTests
{
    [Fact]
    public async Task Encrypting_100_MB_from_a_non_seekable_source_keeps_live_memory_below_32_MB()
    {
        const long size = 100L * 1024 * 1024;
        var source = new Portal.Tests.Storage.GeneratedStream(size, sampleEvery: 16 * 1024 * 1024);
        var sink = new CountingSink();

        var length = await AttachmentCipher.EncryptAsync(source, sink, TipDataKey.Generate(), Guid.NewGuid(), Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(size, length);
        Assert.Equal(13 + (Portal.Tips.Sealing.SizeClasses.FileChunks(size / (64 * 1024)) * (4 + (64 * 1024) + 16)), sink.BytesWritten);
        Assert.True(source.Samples >= 6, $"only {source.Samples} memory samples were taken");
        Assert.True(source.PeakLiveBytes < 32 * 1024 * 1024, $"live managed memory peaked at {source.PeakLiveBytes / (1024 * 1024)} MB");
    }
}
