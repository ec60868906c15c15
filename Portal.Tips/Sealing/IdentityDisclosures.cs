using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NSec.Cryptography;
using Portal.Shared.Results;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Protection;
using Portal.Tips.Reporting;

namespace Portal.Tips.Sealing;

/// <summary>One request to see a sealed reporter's identity, as the tip's page lists it.</summary>
public sealed record DisclosureView(Guid Id, string RequestedBy, string Reason, DateTimeOffset RequestedAt, string? SupervisorApprovedBy, string? ProvinceApprovedBy)
{
    public bool Approved => SupervisorApprovedBy is not null && ProvinceApprovedBy is not null;
}

/// <summary>
/// Identity disclosure with consent. An investigator who can open the tip asks, with a reason; two approvers each
/// approve by re-sealing their part of the identity key to the request (<see cref="ContactSeal"/>): by default a
/// supervisor of the tip's county or prefecture unit and a member of the provincial office (configurable:
/// <see cref="DisclosureOptions"/>). Then only the asking investigator's session, which alone holds the request's
/// private key, can open it. One approval is not enough, nobody approves their own request, one person cannot give
/// both parts, and every step is in the audit chain (never the reason or the identity).
/// </summary>
public sealed class IdentityDisclosures(
    TipsContexts contexts, TipKeyring keyring, TipCases cases, TipAuditLog audit, TimeProvider time, IOptions<DisclosureOptions> options)
{
    private readonly (DisclosureApprover PartA, DisclosureApprover PartB) approvers = options.Value.Pair();

    /// <summary>Who gives the local part and who the provincial part, as configured: what the case file names.</summary>
    public (DisclosureApprover Local, DisclosureApprover Provincial) Approvers => approvers;

    public const string NotSealed = "disclosure.not-sealed";
    public const string ReasonRequired = "disclosure.reason-required";
    public const string NotFound = "disclosure.not-found";
    public const string OwnRequest = "disclosure.own-request";
    public const string NotAnApprover = "disclosure.not-an-approver";
    public const string NotApproved = "disclosure.not-approved";
    public const string NotTheAsker = "disclosure.not-the-asker";
    public const string SessionEnded = "disclosure.session-ended";

    public const string RequestAction = "identity-disclosure-request";
    public const string ApproveAction = "identity-disclosure-approve";
    public const string OpenAction = "identity-disclosure-open";

    public const int MaxReasonLength = 1_000;

    /// <exception cref="TipLockedException">The asker's session cannot open the tip.</exception>
    public async Task<Outcome<Guid>> RequestAsync(StaffActor actor, Guid tipId, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var session = await SessionCoveringAsync(actor, tipId, cancellationToken);
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why) || why.Length > MaxReasonLength)
        {
            return Outcome<Guid>.Fail(ReasonRequired);
        }

        var requestId = Guid.CreateVersion7(time.GetUtcNow());
        var key = Key.Create(KeyAgreementAlgorithm.X25519);
        var created = await audit.WriteAsync<Outcome<Guid>>(async context =>
        {
            var tip = await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId, cancellationToken);
            if (tip.ContactKeyParts is null)
            {
                return (Outcome<Guid>.Fail(NotSealed), []);
            }

            var dataKey = keyring.Open(tip);
            try
            {
                context.Add(new DisclosureRequestRecord
                {
                    Id = requestId, TipId = tipId, RequestedBy = actor.UserId, RequestedAt = time.GetUtcNow(),
                    EncryptedReason = TipKeyring.Seal(dataKey, tipId, Reason(requestId), why),
                    RequestPublicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey),
                });
            }
            finally
            {
                Array.Clear(dataKey);
            }

            return (Outcome.Of(requestId), [new AuditRecord(actor.UserId, RequestAction, tipId, $"request={requestId:N}")]);
        }, cancellationToken);
        if (created.Succeeded)
        {
            session.AddRequestKey(requestId, key);
        }
        else
        {
            key.Dispose();
        }

        return created;
    }

    /// <summary>The requests for a tip, with their reasons: for those who can open the tip.</summary>
    /// <exception cref="TipLockedException">The session cannot open the tip.</exception>
    public async Task<IReadOnlyList<DisclosureView>> OfTipAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default)
    {
        await SessionCoveringAsync(actor, tipId, cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var tip = await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId, cancellationToken);
        var requests = (await context.Set<DisclosureRequestRecord>().AsNoTracking().Where(r => r.TipId == tipId).ToListAsync(cancellationToken))
            .OrderBy(r => r.RequestedAt).ToList();
        var dataKey = keyring.Open(tip);
        try
        {
            return [.. requests.Select(r => new DisclosureView(
                r.Id, r.RequestedBy, TipKeyring.Unseal<string>(dataKey, tipId, Reason(r.Id), r.EncryptedReason), r.RequestedAt, r.PartABy, r.PartBBy))];
        }
        finally
        {
            Array.Clear(dataKey);
        }
    }

    /// <summary>
    /// An approval: the configured approver of part A (by default a supervisor holding the county's or prefecture's key)
    /// gives it, the one of part B (by default a member of the provincial office) gives that, each once, by two people,
    /// and never for their own request.
    /// </summary>
    public async Task<Outcome> ApproveAsync(StaffActor actor, Guid requestId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var session = SealedTipAccess.Current?.Member;
        return await audit.WriteAsync<Outcome>(async context =>
        {
            var request = await context.Set<DisclosureRequestRecord>().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null || !await cases.CoversAsync(actor, request.TipId, cancellationToken))
            {
                return (Outcome.Fail(NotFound), []);
            }

            if (request.RequestedBy == actor.UserId)
            {
                return (Outcome.Fail(OwnRequest), []);
            }

            var parts = await context.Set<Tip>().Where(t => t.Id == request.TipId).Select(t => t.ContactKeyParts).SingleAsync(cancellationToken);
            if (session is null || parts is null)
            {
                return (Outcome.Fail(NotAnApprover), []);
            }

            string? given = null;
            if (request.PartA is null && DisclosureOptions.Fits(approvers.PartA, actor) && request.PartBBy != actor.UserId
                && ContactSeal.OpenPart(request.TipId, parts, ContactSeal.PartA, session) is { } a)
            {
                request.PartA = ContactSeal.SealForRequest(a, request.Id, ContactSeal.PartA, request.RequestPublicKey);
                (request.PartABy, request.PartAAt, given) = (actor.UserId, time.GetUtcNow(), ContactSeal.PartA);
                Array.Clear(a);
            }
            else if (request.PartB is null && DisclosureOptions.Fits(approvers.PartB, actor) && request.PartABy != actor.UserId
                && ContactSeal.OpenPart(request.TipId, parts, ContactSeal.PartB, session) is { } b)
            {
                request.PartB = ContactSeal.SealForRequest(b, request.Id, ContactSeal.PartB, request.RequestPublicKey);
                (request.PartBBy, request.PartBAt, given) = (actor.UserId, time.GetUtcNow(), ContactSeal.PartB);
                Array.Clear(b);
            }

            return given is null
                ? (Outcome.Fail(NotAnApprover), [])
                : (Outcome.Ok, [new AuditRecord(actor.UserId, ApproveAction, request.TipId, $"request={requestId:N}; part={given}")]);
        }, cancellationToken);
    }

    /// <summary>The identity, for the investigator who asked, in the session they asked from, once both approved.</summary>
    public async Task<Outcome<ReporterContact>> OpenAsync(StaffActor actor, Guid requestId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var session = SealedTipAccess.Current?.Member;
        return await audit.WriteAsync<Outcome<ReporterContact>>(async context =>
        {
            var request = await context.Set<DisclosureRequestRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null || !await cases.CoversAsync(actor, request.TipId, cancellationToken))
            {
                return (Outcome<ReporterContact>.Fail(NotFound), []);
            }

            if (request.RequestedBy != actor.UserId)
            {
                return (Outcome<ReporterContact>.Fail(NotTheAsker), []);
            }

            if (request.PartA is null || request.PartB is null)
            {
                return (Outcome<ReporterContact>.Fail(NotApproved), []);
            }

            if (session?.RequestKey(requestId) is not { } key
                || ContactSeal.OpenForRequest(key, request.PartA, requestId, ContactSeal.PartA) is not { } a
                || ContactSeal.OpenForRequest(key, request.PartB, requestId, ContactSeal.PartB) is not { } b)
            {
                return (Outcome<ReporterContact>.Fail(SessionEnded), []);
            }

            var tip = await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == request.TipId, cancellationToken);
            var contactKey = ContactSeal.Combine(a, b);
            try
            {
                var contact = TipKeyring.Unseal<ReporterContact>(contactKey, tip.Id, TipFields.Contact, tip.EncryptedContact!);
                return (Outcome.Of(contact), [new AuditRecord(actor.UserId, OpenAction, tip.Id, $"request={requestId:N}")]);
            }
            finally
            {
                Array.Clear(contactKey);
                Array.Clear(a);
                Array.Clear(b);
            }
        }, cancellationToken);
    }

    private async Task<UnitKeySession> SessionCoveringAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken)
    {
        if (!await cases.CoversAsync(actor, tipId, cancellationToken))
        {
            throw new TipAccessDeniedException();
        }

        return SealedTipAccess.Current?.Member ?? throw new TipLockedException();
    }

    private static string Reason(Guid requestId) => $"disclosure-reason/{requestId:N}";
}
