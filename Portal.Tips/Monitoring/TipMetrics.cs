using System.Diagnostics;
using System.Diagnostics.Metrics;
using Portal.Tips.AntiBot;

namespace Portal.Tips.Monitoring;

/// <summary>
/// The Tips module's meter. Every tag is a small fixed set of values that says nothing about who reported: no
/// region, source, reporter mode, attachment or time of day, since with few tips any of them can point at a
/// person. The two gauges show what the background rounds last counted, so a scrape never queries the database.
/// </summary>
public sealed class TipMetrics
{
    public const string MeterName = "Portal.Tips";

    private const long Unknown = -1;

    private readonly Counter<long> received;
    private readonly Counter<long> proofOfWorkFailures;
    private long openP1PastSla = Unknown;
    private long outboxBacklog = Unknown;

    public TipMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        received = meter.CreateCounter<long>(
            "portal.tips.received", "{tip}", "Tips taken (repeated submits of one form count once), by category and whether the sender was verified.");
        proofOfWorkFailures = meter.CreateCounter<long>(
            "portal.tips.proof_of_work.failures", "{failure}", "Proof-of-work payloads refused, by reason.");
        meter.CreateObservableGauge(
            "portal.tips.p1_past_sla", () => Observe(ref openP1PastSla), "{tip}",
            "Open P1 tips not acknowledged within the SLA, as this node's alert watcher last counted them (the same on every node).");
        meter.CreateObservableGauge(
            "portal.tips.attachment_outbox.backlog", () => Observe(ref outboxBacklog), "{item}",
            "Attachments waiting in the outbox for the blob store, as this node's outbox worker last counted them (the same on every node).");
    }

    internal void TipReceived(string category, bool verified) =>
        received.Add(1, new TagList { { "category", category }, { "verified", verified } });

    internal void ProofOfWorkFailed(ProofOfWorkResult reason) =>
        proofOfWorkFailures.Add(1, new KeyValuePair<string, object?>("reason", ReasonTag(reason)));

    internal void OpenP1PastSlaCounted(int count) => Interlocked.Exchange(ref openP1PastSla, count);

    internal void OutboxBacklogCounted(int count) => Interlocked.Exchange(ref outboxBacklog, count);

    /// <summary>Nothing until the first round has counted.</summary>
    private static IEnumerable<Measurement<long>> Observe(ref long value) =>
        Volatile.Read(ref value) is var known and not Unknown ? [new Measurement<long>(known)] : [];

    private static string ReasonTag(ProofOfWorkResult reason) => reason switch
    {
        ProofOfWorkResult.Missing => "missing",
        ProofOfWorkResult.Malformed => "malformed",
        ProofOfWorkResult.WrongAlgorithm => "wrong-algorithm",
        ProofOfWorkResult.MissingExpiry => "missing-expiry",
        ProofOfWorkResult.Expired => "expired",
        ProofOfWorkResult.BadSignature => "bad-signature",
        ProofOfWorkResult.Replayed => "replayed",
        _ => "other",
    };
}
