using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Storage.Mail;
using Portal.Storage.Blobs;
using Portal.Storage.Database;
using Portal.Tips.Attachments;
using SkiaSharp;
using Portal.Tips;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

// Tip submissions per second through TipIntake (validation, envelope encryption, keyed hashes, commit),
// against a baseline measured in the same run: the same rows inserted through the same DbContext with
// random bytes in place of the encrypted fields and no cryptography.
//   dotnet run -c Release --project scripts/bench/TipSubmitBench -- --provider Sqlite|Postgres --connection "…" [--seconds 10] [--concurrency 8] [--image | --sealing]
// With --sealing it compares intake with the tip's key under the key-encryption key and sealed to three unit keys.
var options = Arguments.Parse(args);
var builder = BenchHost.Create(options.Provider, options.Connection, new Dictionary<string, string?>
{
    ["Storage:Provider"] = "FileSystem",
    ["Storage:FileSystemRoot"] = options.BlobFolder,
});
builder.Services.AddPortalBlobStore();
builder.AddTipsModule();
// The volunteers' outcome mails need a sender; the web host registers it site-wide.
builder.Services.AddPortalMail();
using var host = builder.Build();
await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAllAsync();

var intake = host.Services.GetRequiredService<TipIntake>();
var attachments = host.Services.GetRequiredService<TipAttachmentStore>();
var blobs = host.Services.GetRequiredService<IBlobStore>();
var photo = Photo.OfAboutOneMegabyte();
var contexts = host.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>();
var narrative = string.Concat(Enumerable.Repeat("车站广场有一名成年男子带着一个哭泣的小女孩，女孩说不认识他。", 20));

async Task Encrypted()
{
    var result = await intake.SubmitAsync(new TipSubmission
    {
        IdempotencyKey = Guid.NewGuid().ToString("N"),
        Category = TipCategory.ChildAbduction,
        WhatHappened = narrative,
        PlaceKey = "620102",
        PlaceDetail = "兰州火车站东广场",
        People = [new PersonSubmission { Role = "Suspect", Sex = "Male", Age = "40", Description = "穿黑色外套" }],
        Mode = ReporterMode.Named,
        Name = "张三",
        Phone = "13800138000",
    });
    if (options.WithImage)
    {
        var added = await attachments.AddAsync(result.TipId!.Value, "photo.jpg", new MemoryStream(photo, writable: false));
        if (!added.Accepted)
        {
            throw new InvalidOperationException(added.Error);
        }
    }
}

async Task Baseline()
{
    await using var context = await contexts.CreateDbContextAsync();
    context.Add(new Tip
    {
        Id = Guid.CreateVersion7(),
        Category = TipCategory.ChildAbduction,
        PrefectureKey = "620100",
        CountyKey = "620102",
        ReceivedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
        WrappedDataKey = RandomNumberGenerator.GetBytes(65),
        ReceiptNumberHash = RandomNumberGenerator.GetBytes(32),
        PassphraseHash = RandomNumberGenerator.GetBytes(32),
        IdempotencyKeyHash = RandomNumberGenerator.GetBytes(32),
        EncryptedReport = RandomNumberGenerator.GetBytes(narrative.Length * 3 + 200),
        EncryptedContact = RandomNumberGenerator.GetBytes(120),
    });
    await context.SaveChangesAsync();
    if (options.WithImage)
    {
        await blobs.UploadAsync($"bench/{Guid.NewGuid():N}.jpg", new MemoryStream(photo, writable: false), "image/jpeg");
    }
}

if (options.Sealing)
{
    // The cost of sealing: the same intake with the tip's key wrapped by the key-encryption key (no unit keys) and
    // sealed to the county, prefecture and province, alternating twice so that drift on a noisy machine shows.
    var store = host.Services.GetRequiredService<Portal.Tips.Sealing.UnitKeyStore>();
    await store.EnrolAsync("bench-officer", "bench password");
    async Task UnitKeysAsync(bool present)
    {
        await using var context = await contexts.CreateDbContextAsync();
        await context.Set<Portal.Tips.Sealing.UnitKeyShareRecord>().ExecuteDeleteAsync();
        await context.Set<Portal.Tips.Sealing.UnitKeyRecord>().ExecuteDeleteAsync();
        host.Services.GetRequiredService<Portal.Tips.Sealing.UnitRecipients>().Changed();
        if (present)
        {
            foreach (var unit in new[] { "620102", "620100", Portal.Tips.Police.Jurisdictions.Province })
            {
                await store.CreateUnitAsync("bench", unit, ["bench-officer"]);
            }
        }
    }

    var rounds = new List<(double Kek, double Sealed, double SealedP99)>();
    await Throughput.MeasureAsync("warm-up", Encrypted, TimeSpan.FromSeconds(2), options.Concurrency);
    for (var round = 0; round < 2; round++)
    {
        await UnitKeysAsync(present: false);
        var kek = await Throughput.MeasureAsync("intake, key under the KEK", Encrypted, options.Duration, options.Concurrency);
        await UnitKeysAsync(present: true);
        var sealedIntake = await Throughput.MeasureAsync("intake, sealed to three units", Encrypted, options.Duration, options.Concurrency);
        rounds.Add((kek.PerSecond, sealedIntake.PerSecond, sealedIntake.P99));
    }

    foreach (var (kek, sealedRate, p99) in rounds)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {options.Provider} | {kek:F0}/s | {sealedRate:F0}/s | {p99:F1} ms | {sealedRate / kek:F2} |"));
    }

    return;
}

await Throughput.MeasureAsync("warm-up", Encrypted, TimeSpan.FromSeconds(2), options.Concurrency);
await Throughput.MeasureAsync("warm-up", Baseline, TimeSpan.FromSeconds(2), options.Concurrency);
var baseline = await Throughput.MeasureAsync("baseline (plain insert)", Baseline, options.Duration, options.Concurrency);
var encrypted = await Throughput.MeasureAsync("tip submission (encrypted)", Encrypted, options.Duration, options.Concurrency);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {options.Provider} | {(options.WithImage ? $"one {photo.Length / 1024} KB photo" : "no attachment")} | {encrypted.PerSecond:F0}/s | {encrypted.P50:F1} ms | {encrypted.P99:F1} ms | {baseline.PerSecond:F0}/s | {encrypted.PerSecond / baseline.PerSecond:F2} |"));

internal sealed record Arguments(string Provider, string Connection, TimeSpan Duration, int Concurrency, bool WithImage, string BlobFolder, bool Sealing)
{
    public static Arguments Parse(string[] args)
    {
        string Value(string name, string? fallback) =>
            Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"{name} is required");
        return new Arguments(
            Value("--provider", "Sqlite"),
            Value("--connection", null),
            TimeSpan.FromSeconds(int.Parse(Value("--seconds", "10"), CultureInfo.InvariantCulture)),
            int.Parse(Value("--concurrency", "8"), CultureInfo.InvariantCulture),
            args.Contains("--image"),
            Value("--blobs", Path.Combine(Path.GetTempPath(), "tip-bench-blobs")),
            args.Contains("--sealing"));
    }
}

/// <summary>A 1024×1024 photo-like JPEG of about 1 MB (noise does not compress), with no metadata.</summary>
internal static class Photo
{
    public static byte[] OfAboutOneMegabyte()
    {
        using var bitmap = new SKBitmap(1024, 1024);
        var random = new Random(7);
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 60);
        return data.ToArray();
    }
}
