using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tips.Police;

public enum TipQueueSort
{
    Priority,
    Age,
    Updated,
    Status,
    Category,
    Jurisdiction,
}

/// <summary>The queue's filters, sort and page. Empty collections and nulls mean "any".</summary>
public sealed record TipQueueQuery
{
    public IReadOnlyCollection<TipPriority>? Priorities { get; init; }

    public IReadOnlyCollection<TipStatus>? Statuses { get; init; }

    public IReadOnlyCollection<string>? Categories { get; init; }

    /// <summary>One routing key (a prefecture also matches its counties), within the actor's scope.</summary>
    public string? JurisdictionKey { get; init; }

    public IReadOnlyCollection<TipSource>? Sources { get; init; }

    /// <summary>Received at least this long ago.</summary>
    public TimeSpan? OlderThan { get; init; }

    /// <summary>Received at most this long ago.</summary>
    public TimeSpan? NewerThan { get; init; }

    public bool? ProofOfWorkPassed { get; init; }

    public bool UnreadOnly { get; init; }

    /// <summary>Only open tips nobody acknowledged within their priority's time (<see cref="SlaOptions"/>).</summary>
    public bool OverdueOnly { get; init; }

    /// <summary>Without a status filter, closed tips are left out unless this is set.</summary>
    public bool IncludeClosed { get; init; }

    public TipQueueSort Sort { get; init; } = TipQueueSort.Priority;

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

public sealed record TipQueueRow(
    Guid Id,
    string Reference,
    string Category,
    TipPriority Priority,
    TipStatus Status,
    string JurisdictionKey,
    TipSource Source,
    bool ProofOfWorkPassed,
    bool Unread,
    bool Urgent,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset AcknowledgeBy,
    DateTimeOffset? EscalatedAt,
    string? AssignedTo,
    Guid? PrimaryTipId);

public sealed record TipQueuePage(IReadOnlyList<TipQueueRow> Rows, int Total);

/// <summary>
/// The police queue: only plaintext queue fields are read (nothing is decrypted), filtered, sorted and paged in
/// the database, and always limited to the actor's jurisdictions whatever the page asked for.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is the police queue, not a queue collection.")]
public sealed class TipQueue(TipsContexts contexts, OfficerGrants grants, IOptions<SlaOptions> sla, TimeProvider time)
{
    public const int MaxPageSize = 100;

    public async Task<TipQueuePage> PageAsync(StaffActor actor, TipQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        if (!actor.WorksTips)
        {
            throw new TipAccessDeniedException();
        }

        var scope = await grants.ScopeOfAsync(actor, cancellationToken);
        if (scope is { Count: 0 })
        {
            return new([], 0);
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var tips = Filter(context.Set<Tip>().AsNoTracking(), query, scope);
        var total = await tips.CountAsync(cancellationToken);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(0, query.Page);
        var rows = await Sort(tips, query)
            .Skip(page * size)
            .Take(size)
            .Select(t => new
            {
                t.Id, t.Reference, t.Category, t.Priority, t.Status, t.JurisdictionKey, t.Source, t.ProofOfWorkPassed, t.UnreadByPolice,
                t.Urgent, t.ReceivedAt, t.AcknowledgedAt, t.EscalatedAt, t.AssignedTo, t.PrimaryTipId,
            })
            .ToListAsync(cancellationToken);
        var options = sla.Value;
        return new(
            rows.ConvertAll(r => new TipQueueRow(
                r.Id, r.Reference, r.Category, r.Priority, r.Status, r.JurisdictionKey, r.Source, r.ProofOfWorkPassed, r.UnreadByPolice, r.Urgent,
                r.ReceivedAt, r.AcknowledgedAt, r.ReceivedAt + options.AcknowledgeWithin(r.Priority), r.EscalatedAt, r.AssignedTo, r.PrimaryTipId)),
            total);
    }

    private IQueryable<Tip> Filter(IQueryable<Tip> tips, TipQueueQuery query, IReadOnlySet<string>? scope)
    {
        if (scope is not null)
        {
            tips = tips.Where(t => scope.Contains(t.JurisdictionKey));
        }

        if (query.JurisdictionKey is { Length: > 0 } key)
        {
            var keys = Jurisdictions.Expand([key]) ?? new HashSet<string>();
            tips = key == Jurisdictions.Province ? tips : tips.Where(t => keys.Contains(t.JurisdictionKey));
        }

        if (query.Priorities is { Count: > 0 } priorities)
        {
            tips = tips.Where(t => priorities.Contains(t.Priority));
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            tips = tips.Where(t => statuses.Contains(t.Status));
        }
        else if (!query.IncludeClosed)
        {
            tips = tips.Where(t => t.Status != TipStatus.Closed);
        }

        if (query.Categories is { Count: > 0 } categories)
        {
            tips = tips.Where(t => categories.Contains(t.Category));
        }

        if (query.Sources is { Count: > 0 } sources)
        {
            tips = tips.Where(t => sources.Contains(t.Source));
        }

        var now = time.GetUtcNow();
        if (query.OlderThan is { } older)
        {
            var before = now - older;
            tips = tips.Where(t => t.ReceivedAt <= before);
        }

        if (query.NewerThan is { } newer)
        {
            var after = now - newer;
            tips = tips.Where(t => t.ReceivedAt >= after);
        }

        if (query.ProofOfWorkPassed is { } passed)
        {
            tips = tips.Where(t => t.ProofOfWorkPassed == passed);
        }

        if (query.UnreadOnly)
        {
            tips = tips.Where(t => t.UnreadByPolice);
        }

        if (query.OverdueOnly)
        {
            var options = sla.Value;
            var (p1, p2, p3, p4) = (now - options.AcknowledgeWithin(TipPriority.P1), now - options.AcknowledgeWithin(TipPriority.P2),
                now - options.AcknowledgeWithin(TipPriority.P3), now - options.AcknowledgeWithin(TipPriority.P4));
            tips = tips.Where(t => t.AcknowledgedAt == null && t.Status != TipStatus.Closed
                && ((t.Priority == TipPriority.P1 && t.ReceivedAt < p1) || (t.Priority == TipPriority.P2 && t.ReceivedAt < p2)
                    || (t.Priority == TipPriority.P3 && t.ReceivedAt < p3) || (t.Priority == TipPriority.P4 && t.ReceivedAt < p4)));
        }

        return tips;
    }

    private static IQueryable<Tip> Sort(IQueryable<Tip> tips, TipQueueQuery query) => (query.Sort, query.Descending) switch
    {
        (TipQueueSort.Priority, false) => tips.OrderBy(t => t.Priority).ThenBy(t => t.ReceivedAt),
        (TipQueueSort.Priority, true) => tips.OrderByDescending(t => t.Priority).ThenBy(t => t.ReceivedAt),
        (TipQueueSort.Age, false) => tips.OrderBy(t => t.ReceivedAt),
        (TipQueueSort.Age, true) => tips.OrderByDescending(t => t.ReceivedAt),
        (TipQueueSort.Updated, false) => tips.OrderBy(t => t.UpdatedAt),
        (TipQueueSort.Updated, true) => tips.OrderByDescending(t => t.UpdatedAt),
        (TipQueueSort.Status, false) => tips.OrderBy(t => t.Status).ThenBy(t => t.Priority).ThenBy(t => t.ReceivedAt),
        (TipQueueSort.Status, true) => tips.OrderByDescending(t => t.Status).ThenBy(t => t.Priority).ThenBy(t => t.ReceivedAt),
        (TipQueueSort.Category, false) => tips.OrderBy(t => t.Category).ThenBy(t => t.Priority).ThenBy(t => t.ReceivedAt),
        (TipQueueSort.Category, true) => tips.OrderByDescending(t => t.Category).ThenBy(t => t.Priority).ThenBy(t => t.ReceivedAt),
        (TipQueueSort.Jurisdiction, false) => tips.OrderBy(t => t.JurisdictionKey).ThenBy(t => t.Priority).ThenBy(t => t.ReceivedAt),
        (_, _) => tips.OrderByDescending(t => t.JurisdictionKey).ThenBy(t => t.Priority).ThenBy(t => t.ReceivedAt),
    };
}
