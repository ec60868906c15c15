namespace Portal.Tips.Police;

public enum TipAlertKind
{
    /// <summary>A P1 tip arrived: officers of its jurisdiction are told at once.</summary>
    NewP1,

    /// <summary>A P1 tip was not acknowledged in time: its supervisors are told.</summary>
    Escalated,
}

public sealed record TipAlert(Guid TipId, string Reference, string JurisdictionKey, TipAlertKind Kind, DateTimeOffset At);

/// <summary>
/// In-process fan-out of alerts to the staff pages open on this node (each Interactive Server circuit
/// subscribes and filters by its user's jurisdictions and role). Every node runs its own
/// <see cref="TipAlertWatcher"/>, which finds alerts in the database, so a tip taken by one node reaches
/// officers connected to any node.
/// </summary>
public sealed class TipAlerts
{
    public event Action<TipAlert>? Raised;

    public void Publish(TipAlert alert) => Raised?.Invoke(alert);
}
