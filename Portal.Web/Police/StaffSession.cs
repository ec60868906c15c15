using Microsoft.AspNetCore.Components.Authorization;
using Portal.Tips.Police;

namespace Portal.Web.Police;

/// <summary>
/// Scoped, so one per interactive staff circuit: the signed-in actor and the routing keys their grants cover,
/// worked out once for the circuit (the queue, the tip page and the live alerts all ask).
/// </summary>
public sealed class StaffSession(AuthenticationStateProvider authentication, OfficerGrants grants)
{
    private Task<StaffActor?>? actor;
    private Task<Scope>? scope;

    /// <summary>A scope: <see cref="All"/> for a province grant, else the routing keys covered.</summary>
    public sealed record Scope(bool All, IReadOnlySet<string> Keys)
    {
        public static Scope None { get; } = new(false, new HashSet<string>());

        public bool Covers(string routedKey) => All || Keys.Contains(routedKey);
    }

    public Task<StaffActor?> ActorAsync() => actor ??= LoadActorAsync();

    public Task<Scope> ScopeAsync() => scope ??= LoadScopeAsync();

    private async Task<StaffActor?> LoadActorAsync() =>
        (await authentication.GetAuthenticationStateAsync()).User.ToStaffActor();

    private async Task<Scope> LoadScopeAsync()
    {
        if (await ActorAsync() is not { WorksTips: true } staff)
        {
            return Scope.None;
        }

        var keys = await grants.ScopeOfAsync(staff);
        return keys is null ? new Scope(true, new HashSet<string>()) : new Scope(false, keys);
    }
}
