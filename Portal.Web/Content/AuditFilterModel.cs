using Portal.Shared.Time;
using Portal.Content.Audit;

namespace Portal.Web.Content;

/// <summary>
/// What the audit view's filter holds, as a person types it: whole days in China time, both ends included. The query
/// is in UTC with an exclusive end, as <see cref="ContentAuditLog.QueryAsync"/> takes it.
/// </summary>
public sealed class AuditFilterModel
{
    public string? ActorId { get; set; }

    /// <summary>The item's id as typed (or carried in the address); anything that is not an id is a mistake to show.</summary>
    public string? ItemId { get; set; }

    public Guid? DepartmentId { get; set; }

    public IReadOnlyCollection<AuditAction> Actions { get; set; } = [];

    public DateTime? FromDay { get; set; }

    public DateTime? ToDay { get; set; }

    public bool ItemIdIsValid => string.IsNullOrWhiteSpace(ItemId) || Guid.TryParse(ItemId.Trim(), out _);

    public AuditQuery ToQuery(int pageNumber = 1, int pageSize = 50) => new()
    {
        ActorId = string.IsNullOrWhiteSpace(ActorId) ? null : ActorId,
        ItemId = Guid.TryParse(ItemId?.Trim(), out var item) ? item : null,
        DepartmentId = DepartmentId,
        Actions = Actions.Count > 0 ? [.. Actions] : null,
        From = ChinaTime.ToUtc(FromDay, TimeSpan.Zero),
        To = ToDay is { } last ? ChinaTime.ToUtc(last.Date.AddDays(1), TimeSpan.Zero) : null,
        PageNumber = pageNumber,
        PageSize = pageSize,
    };
}
