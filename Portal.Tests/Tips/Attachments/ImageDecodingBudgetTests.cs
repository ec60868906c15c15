using Microsoft.Extensions.Options;
using Portal.Tests.Infrastructure;
using Portal.Tips.Attachments;

namespace Portal.Tests.Tips.Attachments;

/// <summary>What decoding a tip photo may cost: a pixel budget read from the header, and a cap on decodes at once.</summary>
[UnitTest]
public sealed class ImageDecodingBudgetTests
{
    [Fact]
    public async Task A_photo_over_the_pixel_budget_is_not_decoded_and_one_within_it_is()
    {
        var png = TestImages.Png(2000, 1000);
        using var tight = new ViewingCopies(Options.Create(new TipImageOptions { MaxPixels = 1_000_000 }));
        using var roomy = new ViewingCopies(Options.Create(new TipImageOptions { MaxPixels = 2_000_000 }));

        var refused = await tight.CreateAsync(new MemoryStream(png), "image/png", CancellationToken.None);
        var made = await roomy.CreateAsync(new MemoryStream(png), "image/png", CancellationToken.None);

        Assert.Null(refused.Content);
        Assert.Equal("image-over-pixel-budget", refused.Error);
        Assert.Equal("image/png", made.ContentType);
        Assert.NotNull(made.Content);
    }

    [Fact]
    public async Task A_decompression_bomb_is_turned_away_by_its_header_in_no_time()
    {
        var bomb = TestImages.PngBomb(100_000, 100_000);
        Assert.True(bomb.Length < 1_000, $"the bomb is {bomb.Length} bytes");
        using var copies = new ViewingCopies(Options.Create(new TipImageOptions()));

        var started = TimeProvider.System.GetTimestamp();
        var result = await copies.CreateAsync(new MemoryStream(bomb), "image/png", CancellationToken.None);

        Assert.Equal("image-over-pixel-budget", result.Error);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task No_more_than_the_configured_decodes_run_at_once()
    {
        using var release = new ManualResetEventSlim();
        var inside = 0;
        var most = 0;
        var entered = 0;
        ViewingCopyResult HeldDecode(Stream image, long maxPixels)
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            Interlocked.Increment(ref entered);
            release.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref inside);
            return new ViewingCopyResult([1], "image/png", null);
        }

        using var copies = new ViewingCopies(Options.Create(new TipImageOptions { MaxConcurrentDecodes = 2 }), HeldDecode);
        var decodes = Enumerable.Range(0, 5)
            .Select(_ => Task.Run(() => copies.CreateAsync(new MemoryStream([1]), "image/png", CancellationToken.None)))
            .ToArray();

        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref entered) == 2, TimeSpan.FromSeconds(30)));
        Assert.False(SpinWait.SpinUntil(() => Volatile.Read(ref entered) > 2, TimeSpan.FromMilliseconds(500)), "a third decode started while two were running");
        release.Set();
        var results = await Task.WhenAll(decodes);

        Assert.Equal(5, entered);
        Assert.Equal(2, most);
        Assert.All(results, result => Assert.Equal("image/png", result.ContentType));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
