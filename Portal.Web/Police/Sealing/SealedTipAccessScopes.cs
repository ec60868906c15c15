using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.Tips.Sealing;

namespace Portal.Web.Police.Sealing;

/// <summary>
/// Begins the <see cref="SealedTipAccess"/> of each request and each circuit activity: the signed-in member's keys
/// when their cookie names a live session of theirs here and they still work tips, and room for a reporter's
/// receipt. The keys are looked up at each use, so a sign-out or an expiry closes even an open circuit.
/// </summary>
public static class SealedTipAccessScopes
{
    public static IApplicationBuilder UseSealedTipAccess(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var sessions = context.RequestServices.GetRequiredService<UnitKeySessions>();
            var user = context.User;
            using var access = SealedTipAccess.Begin(() => MemberKeys(sessions, user));
            await next(context);
        });

    internal static UnitKeySession? MemberKeys(UnitKeySessions sessions, ClaimsPrincipal user) =>
        user.ToStaffActor() is { WorksTips: true } actor ? sessions.Find(user.KeySessionOf(), actor.UserId) : null;
}

/// <summary>The circuit's side of <see cref="SealedTipAccessScopes"/>: every inbound activity runs with the member's keys.</summary>
internal sealed class SealedTipAccessCircuitHandler(AuthenticationStateProvider authentication, UnitKeySessions sessions) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var user = (await authentication.GetAuthenticationStateAsync()).User;
            using var access = SealedTipAccess.Begin(() => SealedTipAccessScopes.MemberKeys(sessions, user));
            await next(context);
        };
}
