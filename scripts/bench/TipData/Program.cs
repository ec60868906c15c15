using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Portal.Storage.Mail;
using Portal.Storage.Database;
using Portal.Tips;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Police;
using Portal.Tips.Sealing;
using Portal.Storage.Regions;

// Fills a PostgreSQL portal database with synthetic tips for benchmarks: plausible plaintext queue columns
// (jurisdictions weighted by population, categories, priorities from the real rules, statuses by age, outcomes,
// timestamps over five years, more recent than old) and short random bytes where the ciphertexts go (nothing
// that reads the queue decrypts). Rows go in with binary COPY. Deterministic for a given --seed and --now.
//   dotnet scripts/bench/TipData/bin/Release/net10.0/TipData.dll --connection "Host=…;Database=…" --tips 1000000 [--seed 1] [--now 2026-11-30T00:00:00Z] [--sealed]
// With --sealed the rows are shaped as sealed tips are: no server-held data key, the data key's shares for the county,
// prefecture and province as intake stores them, the reporter's share, and a named reporter's contact key parts.
// Adds tips until the table holds --tips (so it can be run again, or grown); never deletes any.
var options = Arguments.Parse(args);
var builder = BenchHost.Create("Postgres", options.Connection);
builder.AddTipsModule();
// The volunteers' outcome mails need a sender; the web host registers it site-wide.
builder.Services.AddPortalMail();
using var host = builder.Build();
await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAllAsync();

long existing;
await using (var context = await host.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync())
{
    existing = await context.Set<Tip>().LongCountAsync();
}

var wanted = options.Tips - existing;
if (wanted <= 0)
{
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TipData: the database already holds {existing} tips; nothing to add."));
    return;
}

var clock = Stopwatch.StartNew();
var generator = new TipGenerator(options.Seed + existing, options.Now, options.Sealed, existing);
await using (var connection = new NpgsqlConnection(options.Connection))
{
    await connection.OpenAsync();
    await using (var import = await connection.BeginBinaryImportAsync(TipGenerator.CopyCommand))
    {
        for (long i = 0; i < wanted; i++)
        {
            await generator.WriteRowAsync(import);
            if ((i + 1) % 100_000 == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TipData: {i + 1} of {wanted} rows sent ({clock.Elapsed.TotalSeconds:F0} s)"));
            }
        }

        await import.CompleteAsync();
    }

    // As autovacuum would leave a long-lived table: statistics, and a visibility map for index-only scans.
    await using var analyze = new NpgsqlCommand("VACUUM ANALYZE tips.\"Tips\"", connection);
    await analyze.ExecuteNonQueryAsync();
}

Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TipData: added {wanted} tips in {clock.Elapsed.TotalSeconds:F0} s; the table holds {options.Tips}."));

internal sealed record Arguments(string Connection, long Tips, int Seed, DateTimeOffset Now, bool Sealed)
{
    public static Arguments Parse(string[] args)
    {
        string? Value(string name) => BenchArguments.Value(args, name);
        return new Arguments(
            BenchArguments.Connection(args),
            long.Parse(Value("--tips") ?? "1000000", CultureInfo.InvariantCulture),
            int.Parse(Value("--seed") ?? "1", CultureInfo.InvariantCulture),
            Value("--now") is { } now ? DateTimeOffset.Parse(now, CultureInfo.InvariantCulture) : TimeProvider.System.GetUtcNow(),
            args.Contains("--sealed"));
    }
}

/// <summary>One synthetic tip after another, with the distributions described at the top of this file.</summary>
internal sealed class TipGenerator(long seed, DateTimeOffset now, bool sealedTips, long firstRow)
{
    public const string CopyCommand =
        """
        COPY tips."Tips" ("Id", "Category", "PrefectureKey", "CountyKey", "Urgent", "Source", "Status", "ProofOfWorkPassed",
            "JurisdictionKey", "Priority", "AssignedTo", "PrimaryTipId", "Outcome", "AcknowledgedAt", "EscalatedAt", "ClosedAt",
            "UnreadByPolice", "ReceivedAt", "UpdatedAt", "WrappedDataKey", "ReceiptNumberHash", "PassphraseHash", "IdempotencyKeyHash",
            "EncryptedReport", "EncryptedContact", "EncryptedStatusMessage", "Reference", "DataKeyShares", "ReporterDataKey",
            "ContactKeyParts")
        FROM STDIN (FORMAT BINARY)
        """;

    private const double Years = 5;

    /// <summary>Approximate population in millions, by prefecture code prefix: where tips come from.</summary>
    private static readonly Dictionary<string, double> PrefectureWeights = new(StringComparer.Ordinal)
    {
        ["6201"] = 4.4, ["6202"] = 0.3, ["6203"] = 0.4, ["6204"] = 1.5, ["6205"] = 3.0, ["6206"] = 1.5, ["6207"] = 1.1,
        ["6208"] = 1.8, ["6209"] = 1.1, ["6210"] = 2.2, ["6211"] = 2.5, ["6212"] = 2.4, ["6229"] = 2.1, ["6230"] = 0.7,
        [GansuDivisions.LanzhouNewAreaKey] = 0.5,
    };

    private static readonly (string Category, double Weight)[] Categories =
    [
        (TipCategory.ChildAbduction, 12), (TipCategory.TraffickingOfWomen, 10), (TipCategory.ForcedLabour, 14),
        (TipCategory.ForcedBegging, 6), (TipCategory.SexualExploitation, 8), (TipCategory.IllegalAdoptionOnline, 5),
        (TipCategory.IllegalMarriageOrJobAgency, 12), (TipCategory.OrganTrafficking, 1), (TipCategory.SuspiciousOnlineContent, 20),
        (TipCategory.Other, 12),
    ];

    private static readonly (CaseOutcome Outcome, double Weight)[] Outcomes =
    [
        (CaseOutcome.Substantiated, 12), (CaseOutcome.Unsubstantiated, 45), (CaseOutcome.Duplicate, 10),
        (CaseOutcome.ReferredElsewhere, 8), (CaseOutcome.Spam, 25),
    ];

    private static readonly (Division Prefecture, double Weight, Division[] Counties)[] Places =
        [.. GansuDivisions.Instance.Prefectures.Select(p => (p, PrefectureWeights.GetValueOrDefault(p.Key.Length >= 4 ? p.Key[..4] : p.Key, PrefectureWeights.GetValueOrDefault(p.Key, 0.5)), GansuDivisions.Instance.Under(p.Key).ToArray()))];

    /// <summary>A sealed box of a 32-byte key: version, ephemeral public key, nonce, ciphertext and tag.</summary>
    private const int SealedKeyLength = 1 + 32 + 12 + 32 + 16;

    private readonly Random random = new((int)(seed % int.MaxValue));

    // The sealed columns draw from their own stream, so both shapes hold the same tips in every queue column.
    private readonly Random sealedBytes = new((int)(seed % int.MaxValue) ^ 0x5EA1);
    private Guid lastId;
    private long row = firstRow;

    public async Task WriteRowAsync(NpgsqlBinaryImporter import)
    {
        // More tips lately than five years ago: age skewed towards the present.
        var age = TimeSpan.FromDays(365.25 * Years * Math.Pow(random.NextDouble(), 1.6));
        var received = now - age;
        var category = Pick(Categories);
        var happeningNow = random.NextDouble() < 0.15;
        var childJustMissing = random.NextDouble() < 0.01;
        var priority = PriorityRules.Compute(category, happeningNow, childJustMissing);
        var (prefecture, county) = Place();
        var jurisdiction = Jurisdictions.RouteOf(prefecture, county);
        var status = StatusFor(age);
        var source = random.NextDouble() switch { < 0.85 => TipSource.Public, < 0.95 => TipSource.Professional, _ => TipSource.Volunteer };

        DateTimeOffset? acknowledged = status == TipStatus.New ? null : Min(received + Minutes(Sla(priority) * 2 * random.NextDouble()), now);
        DateTimeOffset? escalated = priority == TipPriority.P1 && (acknowledged is null || acknowledged - received > TimeSpan.FromMinutes(15))
            && now - received > TimeSpan.FromMinutes(15) ? received + TimeSpan.FromMinutes(15) : null;
        CaseOutcome? outcome = status == TipStatus.Closed ? Pick(Outcomes) : null;
        DateTimeOffset? closed = status == TipStatus.Closed ? Min(received + TimeSpan.FromDays(1 + (59 * random.NextDouble())), now) : null;
        var assigned = status is TipStatus.Assigned or TipStatus.Investigating || (status == TipStatus.Closed && random.NextDouble() < 0.8)
            ? $"bench-officer-{jurisdiction}-{random.Next(4)}" : null;
        var unread = status == TipStatus.New || random.NextDouble() < (status == TipStatus.Closed ? 0.01 : 0.08);
        var updated = closed ?? acknowledged ?? received;
        var id = Guid.CreateVersion7(received);

        await import.StartRowAsync();
        await import.WriteAsync(id, NpgsqlDbType.Uuid);
        await import.WriteAsync(category, NpgsqlDbType.Varchar);
        await WriteNullableAsync(import, prefecture, NpgsqlDbType.Varchar);
        await WriteNullableAsync(import, county, NpgsqlDbType.Varchar);
        await import.WriteAsync(happeningNow || childJustMissing, NpgsqlDbType.Boolean);
        await import.WriteAsync(source.ToString(), NpgsqlDbType.Varchar);
        await import.WriteAsync(status.ToString(), NpgsqlDbType.Varchar);
        await import.WriteAsync(random.NextDouble() < 0.92, NpgsqlDbType.Boolean);
        await import.WriteAsync(jurisdiction, NpgsqlDbType.Varchar);
        await import.WriteAsync((int)priority, NpgsqlDbType.Integer);
        await WriteNullableAsync(import, assigned, NpgsqlDbType.Varchar);
        await WriteNullableValueAsync(import, outcome == CaseOutcome.Duplicate && lastId != Guid.Empty ? lastId : (Guid?)null, NpgsqlDbType.Uuid);
        await WriteNullableAsync(import, outcome?.ToString(), NpgsqlDbType.Varchar);
        await WriteNullableValueAsync(import, acknowledged?.UtcTicks, NpgsqlDbType.Bigint);
        await WriteNullableValueAsync(import, escalated?.UtcTicks, NpgsqlDbType.Bigint);
        await WriteNullableValueAsync(import, closed?.UtcTicks, NpgsqlDbType.Bigint);
        await import.WriteAsync(unread, NpgsqlDbType.Boolean);
        await import.WriteAsync(received.UtcTicks, NpgsqlDbType.Bigint);
        await import.WriteAsync(updated.UtcTicks, NpgsqlDbType.Bigint);
        var wrapped = Bytes(65);
        await import.WriteAsync(sealedTips ? Array.Empty<byte>() : wrapped, NpgsqlDbType.Bytea);
        await import.WriteAsync(Bytes(32), NpgsqlDbType.Bytea);
        await import.WriteAsync(Bytes(32), NpgsqlDbType.Bytea);
        await import.WriteAsync(Bytes(32), NpgsqlDbType.Bytea);
        await import.WriteAsync(Bytes(64), NpgsqlDbType.Bytea);
        var named = random.NextDouble() < 0.3;
        await WriteNullableAsync(import, named ? Bytes(48) : null, NpgsqlDbType.Bytea);
        await WriteNullableAsync(import, status == TipStatus.Closed ? Bytes(40) : null, NpgsqlDbType.Bytea);
        await import.WriteAsync(Reference(row++), NpgsqlDbType.Varchar);
        await WriteNullableAsync(import, sealedTips ? UnitShares.ToBytes(UnitShares.ReadersOf(prefecture, county).Select(unit => new UnitShare(unit, 1, SealedBytes(SealedKeyLength)))) : null, NpgsqlDbType.Bytea);
        await WriteNullableAsync(import, sealedTips ? SealedBytes(SealedKeyLength) : null, NpgsqlDbType.Bytea);
        await WriteNullableAsync(import, sealedTips && named ? SealedBytes(2 * (SealedKeyLength + 40)) : null, NpgsqlDbType.Bytea);
        lastId = id;
    }

    /// <summary>A unique reference for the n-th row: n spread over all bodies by a multiplier prime to 31⁸, plus the check character.</summary>
    private static string Reference(long n)
    {
        var alphabet = TipReference.Alphabet;
        var space = (long)Math.Pow(alphabet.Length, TipReference.Length - 1);
        var value = (n * 1_000_003L) % space;
        var body = new char[TipReference.Length - 1];
        for (var i = body.Length - 1; i >= 0; i--)
        {
            body[i] = alphabet[(int)(value % alphabet.Length)];
            value /= alphabet.Length;
        }

        return new string(body) + TipReference.CheckCharacter(new string(body));
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type)
        where T : class
    {
        if (value is null)
        {
            await import.WriteNullAsync();
        }
        else
        {
            await import.WriteAsync(value, type);
        }
    }

    private static async Task WriteNullableValueAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            await import.WriteAsync(present, type);
        }
        else
        {
            await import.WriteNullAsync();
        }
    }

    /// <summary>Open tips are recent; almost everything older than a few months is closed.</summary>
    private TipStatus StatusFor(TimeSpan age)
    {
        double[] weights = age.TotalDays switch
        {
            < 3 => [30, 25, 20, 15, 10],
            < 30 => [3, 7, 15, 35, 40],
            < 180 => [0.2, 0.8, 3, 16, 80],
            _ => [0, 0, 0.5, 2, 97.5],
        };
        var pick = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return (TipStatus)i;
            }
        }

        return TipStatus.Closed;
    }

    /// <summary>70% name a county, 18% only a prefecture, 12% another province or no place.</summary>
    private (string? Prefecture, string? County) Place()
    {
        var roll = random.NextDouble();
        if (roll < 0.12)
        {
            return (null, null);
        }

        var (prefecture, _, counties) = Pick(Places.Select(p => (p, p.Weight)).ToArray());
        if (roll < 0.30 || counties.Length == 0)
        {
            return (prefecture.Key, null);
        }

        // The first listed county is the seat (an urban district): busier than the rest.
        var weights = counties.Select((c, i) => (c, 1 / Math.Sqrt(i + 1))).ToArray();
        return (prefecture.Key, Pick(weights).Key);
    }

    private T Pick<T>((T Item, double Weight)[] items)
    {
        var pick = random.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            pick -= weight;
            if (pick < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    private static double Sla(TipPriority priority) => priority switch
    {
        TipPriority.P1 => 15,
        TipPriority.P2 => 60,
        TipPriority.P3 => 24 * 60,
        _ => 72 * 60,
    };

    private static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private byte[] SealedBytes(int length)
    {
        var bytes = new byte[length];
        sealedBytes.NextBytes(bytes);
        return bytes;
    }

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
