using Microsoft.EntityFrameworkCore;
using Portal.Shared.Results;
using Portal.Tips.Audit;
using Portal.Tips.Data;

namespace Portal.Tips.Sealing;

/// <summary>
/// The key model (docs/decisions/0015) kept in the database: members' wrapped keys, each unit's key generations and
/// the members' shares of them. Nothing stored here opens anything without a member's password or a unit's printed
/// recovery digits. Joining, leaving and recovery are written to the audit chain, naming people and units, never keys.
/// </summary>
public sealed class UnitKeyStore(TipsContexts contexts, TipAuditLog audit, UnitRecipients recipients, TimeProvider time)
{
    public const string NotEnrolled = "sealing.not-enrolled";
    public const string UnitExists = "sealing.unit-exists";
    public const string UnknownUnit = "sealing.unknown-unit";
    public const string NotHeld = "sealing.not-held";
    public const string NotAMember = "sealing.not-a-member";
    public const string FourEyes = "sealing.four-eyes";
    public const string WrongRecoveryKey = "sealing.wrong-recovery-key";

    /// <summary>Gives a staff member their key pair, wrapped under <paramref name="password"/>; a second call changes nothing.</summary>
    /// <returns>True when the key was made now (the member then holds no unit key yet).</returns>
    public async Task<bool> EnrolAsync(string userId, string password, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await context.Set<MemberKeyRecord>().AnyAsync(m => m.UserId == userId, cancellationToken))
        {
            return false;
        }

        AddMemberKey(context, userId, password);
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// After an administrator reset the member's password (their key no longer opens with the one they signed in with):
    /// a new key pair under the new password, and their shares, sealed to the old key, go. Colleagues give them the unit
    /// keys again, as on joining; the administrator who reset the password gains nothing. Audited.
    /// </summary>
    public Task<bool> ReplaceStaleKeyAsync(string userId, string password, CancellationToken cancellationToken = default) =>
        audit.WriteAsync<bool>(async context =>
        {
            var record = await context.Set<MemberKeyRecord>().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
            using var opens = record?.ToKey().Unlock(password);
            if (record is null || opens is not null)
            {
                return (false, []);
            }

            context.Remove(record);
            await context.Set<UnitKeyShareRecord>().Where(s => s.MemberId == userId).ExecuteDeleteAsync(cancellationToken);
            AddMemberKey(context, userId, password);
            return (true, [new AuditRecord(userId, SealingAuditActions.MemberKeyReplaced, null, userId)]);
        }, cancellationToken);

    private void AddMemberKey(TipsDbContext context, string userId, string password)
    {

        var key = MemberKey.Create(password);
        context.Add(new MemberKeyRecord
        {
            UserId = userId, PublicKey = key.PublicKey, Salt = key.Salt, MemoryKiB = key.Cost.MemoryKiB, Passes = key.Cost.Passes,
            WrappedPrivateKey = key.WrappedPrivateKey, CreatedAt = time.GetUtcNow(),
        });
    }

    /// <summary>The member key re-wrapped under a new password; nothing changes when the old one does not open it.</summary>
    public async Task ChangePasswordAsync(string userId, string oldPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await context.Set<MemberKeyRecord>().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (record?.ToKey().Rewrap(oldPassword, newPassword) is not { } rewrapped)
        {
            return;
        }

        record.Salt = rewrapped.Salt;
        record.MemoryKiB = rewrapped.Cost.MemoryKiB;
        record.Passes = rewrapped.Cost.Passes;
        record.WrappedPrivateKey = rewrapped.WrappedPrivateKey;
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The member's unit keys for one signed-in session, or null when they have no key or the password is not theirs.
    /// The caller owns the session and disposes it when the session ends.
    /// </summary>
    public async Task<UnitKeySession?> UnlockAsync(string userId, string password, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await context.Set<MemberKeyRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        using var memberKey = record?.ToKey().Unlock(password);
        if (memberKey is null)
        {
            return null;
        }

        return UnitKeySession.Open(userId, memberKey, await UnitKeysOfAsync(context, userId, cancellationToken));
    }

    /// <summary>A unit's first generation, shared with its first members; the recovery digits are returned once, to print.</summary>
    public async Task<Outcome<string>> CreateUnitAsync(string actorId, string unit, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var recovery = RecoveryKey.Create();
        var created = await audit.WriteAsync<Outcome<string>>(async context =>
        {
            if (await context.Set<UnitKeyRecord>().AnyAsync(u => u.Unit == unit, cancellationToken))
            {
                return (Outcome<string>.Fail(UnitExists), []);
            }

            var members = await PublicKeysAsync(context, memberIds, cancellationToken);
            if (members.Count != memberIds.Count)
            {
                return (Outcome<string>.Fail(NotEnrolled), []);
            }

            AddGeneration(context, UnitKey.Create(unit, 1, members, recovery.PublicKey), recovery.PublicKey);
            return (Outcome.Of(recovery.Digits), [new AuditRecord(actorId, SealingAuditActions.UnitCreate, null, $"{unit}: {string.Join(", ", memberIds)}")]);
        }, cancellationToken);
        recipients.Changed();
        return created;
    }

    /// <summary>A joining member gets every generation of the unit that <paramref name="granter"/> holds open, re-sealed to them.</summary>
    public Task<Outcome> GrantAsync(string actorId, UnitKeySession granter, string unit, string memberId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(granter);
        return audit.WriteAsync<Outcome>(async context =>
        {
            var member = await PublicKeysAsync(context, [memberId], cancellationToken);
            if (member.Count == 0)
            {
                return (Outcome.Fail(NotEnrolled), []);
            }

            var generations = await context.Set<UnitKeyRecord>().Where(u => u.Unit == unit).Select(u => u.Generation).ToListAsync(cancellationToken);
            var held = generations.Where(g => granter.Find(unit, g) is not null).ToList();
            if (held.Count == 0)
            {
                return (Outcome.Fail(generations.Count == 0 ? UnknownUnit : NotHeld), []);
            }

            foreach (var generation in held)
            {
                var sealedShare = UnitKey.ShareFor(unit, generation, granter.Find(unit, generation)!, memberId, member[0].PublicKey);
                await context.Set<UnitKeyShareRecord>().Where(s => s.Unit == unit && s.Generation == generation && s.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
                context.Add(new UnitKeyShareRecord { Unit = unit, Generation = generation, MemberId = memberId, Sealed = sealedShare, GrantedAt = time.GetUtcNow() });
            }

            return (Outcome.Ok, [new AuditRecord(actorId, SealingAuditActions.Grant, null, $"{unit}: {memberId}")]);
        }, cancellationToken);
    }

    /// <summary>
    /// A unit whose members are all gone, restored from its printed recovery digits: every generation is shared with
    /// <paramref name="memberId"/>. Two different people must be named, the one who asks and the one who approves
    /// (the host checks both are who they say); both are in the audit chain.
    /// </summary>
    public async Task<Outcome> RecoverAsync(string requestedBy, string approvedBy, string unit, string recoveryDigits, string memberId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(requestedBy) || string.IsNullOrEmpty(approvedBy) || requestedBy == approvedBy)
        {
            return Outcome.Fail(FourEyes);
        }

        var (recoveryKey, _) = RecoveryKey.Parse(recoveryDigits ?? "");
        using var recovery = recoveryKey;
        if (recovery is null)
        {
            return Outcome.Fail(WrongRecoveryKey);
        }

        return await audit.WriteAsync<Outcome>(async context =>
        {
            var member = await PublicKeysAsync(context, [memberId], cancellationToken);
            if (member.Count == 0)
            {
                return (Outcome.Fail(NotEnrolled), []);
            }

            var generations = await context.Set<UnitKeyRecord>().Where(u => u.Unit == unit).OrderBy(u => u.Generation).ToListAsync(cancellationToken);
            if (generations.Count == 0)
            {
                return (Outcome.Fail(UnknownUnit), []);
            }

            var shares = new List<UnitKeyShareRecord>();
            foreach (var generation in generations)
            {
                var stored = new UnitKey(unit, generation.Generation, generation.PublicKey, new Dictionary<string, byte[]>(), generation.RecoveryShare);
                using var unitKey = stored.OpenWithRecovery(recovery);
                if (unitKey is null)
                {
                    return (Outcome.Fail(WrongRecoveryKey), []);
                }

                shares.Add(new UnitKeyShareRecord
                {
                    Unit = unit, Generation = generation.Generation, MemberId = memberId, GrantedAt = time.GetUtcNow(),
                    Sealed = UnitKey.ShareFor(unit, generation.Generation, unitKey, memberId, member[0].PublicKey),
                });
            }

            await context.Set<UnitKeyShareRecord>().Where(s => s.Unit == unit && s.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
            context.AddRange(shares);
            return (Outcome.Ok, [new AuditRecord(requestedBy, SealingAuditActions.Recover, null, $"{unit}: {memberId}; approved-by={approvedBy}")]);
        }, cancellationToken);
    }

    /// <summary>
    /// A leaving member's shares of the unit go, and the unit starts a new generation shared with those who stay, so the
    /// tips that come after are closed to the one who left.
    /// </summary>
    public async Task<Outcome> RemoveAsync(string actorId, string unit, string memberId, CancellationToken cancellationToken = default)
    {
        var outcome = await audit.WriteAsync<Outcome>(async context =>
        {
            var current = await context.Set<UnitKeyRecord>().Where(u => u.Unit == unit && u.RetiredAt == null).SingleOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return (Outcome.Fail(UnknownUnit), []);
            }

            var removed = await context.Set<UnitKeyShareRecord>().Where(s => s.Unit == unit && s.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
            if (removed == 0)
            {
                return (Outcome.Fail(NotAMember), []);
            }

            var staying = await context.Set<UnitKeyShareRecord>().Where(s => s.Unit == unit && s.Generation == current.Generation)
                .Select(s => s.MemberId).ToListAsync(cancellationToken);
            current.RetiredAt = time.GetUtcNow();
            var next = UnitKey.Create(unit, current.Generation + 1, await PublicKeysAsync(context, staying, cancellationToken), current.RecoveryPublicKey);
            AddGeneration(context, next, current.RecoveryPublicKey);
            return (Outcome.Ok, [new AuditRecord(actorId, SealingAuditActions.Remove, null, $"{unit}: {memberId}; generation {next.Generation}")]);
        }, cancellationToken);
        recipients.Changed();
        return outcome;
    }

    /// <summary>Who holds the unit's current generation (its members now).</summary>
    public async Task<IReadOnlyList<string>> MembersAsync(string unit, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from s in context.Set<UnitKeyShareRecord>().AsNoTracking()
                      join u in context.Set<UnitKeyRecord>().AsNoTracking() on new { s.Unit, s.Generation } equals new { u.Unit, u.Generation }
                      where s.Unit == unit && u.RetiredAt == null
                      select s.MemberId).ToListAsync(cancellationToken);
    }

    /// <summary>The current generation's public key of each unit that has one: what intake seals a new tip to.</summary>
    public async Task<IReadOnlyList<UnitRecipient>> RecipientsAsync(IReadOnlyCollection<string> units, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await RecipientsAsync(context, units, cancellationToken);
    }

    internal static async Task<IReadOnlyList<UnitRecipient>> RecipientsAsync(TipsDbContext context, IReadOnlyCollection<string> units, CancellationToken cancellationToken)
    {
        var list = units.ToList();
        return await context.Set<UnitKeyRecord>().AsNoTracking().Where(u => list.Contains(u.Unit) && u.RetiredAt == null)
            .Select(u => new UnitRecipient(u.Unit, u.Generation, u.PublicKey)).ToListAsync(cancellationToken);
    }

    private void AddGeneration(TipsDbContext context, UnitKey key, byte[] recoveryPublicKey)
    {
        var now = time.GetUtcNow();
        context.Add(new UnitKeyRecord
        {
            Unit = key.Unit, Generation = key.Generation, PublicKey = key.PublicKey, RecoveryPublicKey = recoveryPublicKey,
            RecoveryShare = key.RecoveryShare, CreatedAt = now,
        });
        foreach (var (memberId, sealedShare) in key.MemberShares)
        {
            context.Add(new UnitKeyShareRecord { Unit = key.Unit, Generation = key.Generation, MemberId = memberId, Sealed = sealedShare, GrantedAt = now });
        }
    }

    private static async Task<List<(string MemberId, byte[] PublicKey)>> PublicKeysAsync(TipsDbContext context, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        var ids = memberIds.ToList();
        var found = await context.Set<MemberKeyRecord>().AsNoTracking().Where(m => ids.Contains(m.UserId))
            .Select(m => new { m.UserId, m.PublicKey }).ToListAsync(cancellationToken);
        return [.. found.Select(m => (m.UserId, m.PublicKey))];
    }

    private static async Task<List<UnitKey>> UnitKeysOfAsync(TipsDbContext context, string memberId, CancellationToken cancellationToken)
    {
        var rows = await (from s in context.Set<UnitKeyShareRecord>().AsNoTracking()
                          join u in context.Set<UnitKeyRecord>().AsNoTracking() on new { s.Unit, s.Generation } equals new { u.Unit, u.Generation }
                          where s.MemberId == memberId
                          select new { s.Unit, s.Generation, u.PublicKey, u.RecoveryShare, s.Sealed }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UnitKey(r.Unit, r.Generation, r.PublicKey, new Dictionary<string, byte[]>(StringComparer.Ordinal) { [memberId] = r.Sealed }, r.RecoveryShare))];
    }
}

/// <summary>The audit chain's actions for unit keys. Details name units, generations and user ids, never a key.</summary>
public static class SealingAuditActions
{
    public const string UnitCreate = "unit-key-create";
    public const string Grant = "unit-key-grant";
    public const string Remove = "unit-key-remove";
    public const string Recover = "unit-key-recover";
    public const string MemberKeyReplaced = "member-key-replaced";
}
