using Portal.Tips.Police;

namespace Portal.Web.Police;

/// <summary>Which live alerts concern a staff member: new P1 tips they cover; escalations only for supervisors who cover them.</summary>
public static class TipAlertFilter
{
    public static bool Concerns(TipAlert alert, StaffActor? actor, StaffSession.Scope scope)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(scope);
        if (actor is not { WorksTips: true } || !scope.Covers(alert.JurisdictionKey))
        {
            return false;
        }

        return alert.Kind switch
        {
            TipAlertKind.NewP1 => true,
            TipAlertKind.Escalated => actor.IsSupervisor,
            _ => false,
        };
    }
}
