using Microsoft.EntityFrameworkCore;
using Portal.Storage.Regions;
using Portal.Tips.Audit;
using Portal.Tips.Data;

namespace Portal.Tips.Rewards;

/// <summary>What an administrator types for a claim office; blank optional fields are stored as null.</summary>
public sealed record ClaimOfficeInput(
    string? PrefectureKey, string? Name, string? Address, string? Hours, string? Phone,
    string? NameEn = null, string? AddressEn = null, string? HoursEn = null);

/// <summary>A claim office as the directory lists it.</summary>
public sealed record ClaimOfficeView(
    Guid Id, string? PrefectureKey, string Name, string Address, string Hours, string Phone, string? NameEn, string? AddressEn, string? HoursEn)
{
    public RewardOffice ToRewardOffice() => new(Id.ToString("N"), Name, NameEn, Address, AddressEn, Hours, HoursEn, Phone);
}

/// <summary>
/// The claim-office directory: the police offices where reporters redeem claim codes, per prefecture or for the
/// province. Administrators add, edit and remove them (the host admits only them); every change is written to the
/// tips audit chain under the administrator's id, with the office's id and prefecture (the texts are public anyway).
/// A reporter is shown the offices of the tip's prefecture, else the provincial ones.
/// </summary>
public sealed class ClaimOffices(TipsContexts contexts, TipAuditLog audit)
{
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 300;
    public const int MaxPhoneLength = 40;

    public async Task<IReadOnlyList<ClaimOfficeView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var offices = await context.Set<ClaimOffice>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. offices.OrderBy(o => o.PrefectureKey is null ? "" : o.PrefectureKey, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal).Select(View)];
    }

    public async Task<Outcome<Guid>> AddAsync(string actorId, ClaimOfficeInput input, CancellationToken cancellationToken = default)
    {
        if (Validate(input) is { } invalid)
        {
            return Outcome<Guid>.From(invalid);
        }

        var office = new ClaimOffice { Id = Guid.NewGuid() };
        Apply(office, input);
        await audit.WriteAsync(context =>
        {
            context.Add(office);
            return Task.FromResult((true, Records(actorId, TipAuditActions.ClaimOfficeAdd, office)));
        }, cancellationToken);
        return Outcome.Of(office.Id);
    }

    public async Task<Outcome> UpdateAsync(string actorId, Guid officeId, ClaimOfficeInput input, CancellationToken cancellationToken = default)
    {
        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        return Outcome.FromError(await audit.WriteAsync<string?>(async context =>
        {
            if (await context.Set<ClaimOffice>().SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken) is not { } office)
            {
                return ("claim-office-unknown", []);
            }

            Apply(office, input);
            return (null, Records(actorId, TipAuditActions.ClaimOfficeEdit, office));
        }, cancellationToken));
    }

    public async Task<Outcome> RemoveAsync(string actorId, Guid officeId, CancellationToken cancellationToken = default) =>
        Outcome.FromError(await audit.WriteAsync<string?>(async context =>
        {
            if (await context.Set<ClaimOffice>().SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken) is not { } office)
            {
                return ("claim-office-unknown", []);
            }

            context.Remove(office);
            return (null, Records(actorId, TipAuditActions.ClaimOfficeRemove, office));
        }, cancellationToken));

    /// <summary>Where a reporter of a tip worked in <paramref name="jurisdictionKey"/> redeems: its prefecture's offices, else the provincial ones.</summary>
    internal static async Task<IReadOnlyList<RewardOffice>> ForJurisdictionAsync(TipsDbContext context, string jurisdictionKey, CancellationToken cancellationToken)
    {
        var prefecture = GansuDivisions.Instance.PrefectureOf(jurisdictionKey)?.Key;
        var offices = await context.Set<ClaimOffice>().AsNoTracking()
            .Where(o => o.PrefectureKey == null || o.PrefectureKey == prefecture)
            .ToListAsync(cancellationToken);
        var local = offices.Where(o => o.PrefectureKey is not null).ToList();
        return [.. (local.Count > 0 ? local : offices).OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => View(o).ToRewardOffice())];
    }

    /// <summary>A directory office by the key a reward stores (its id), or null.</summary>
    internal static async Task<RewardOffice?> FindAsync(TipsDbContext context, string? key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
        {
            return null;
        }

        var office = await context.Set<ClaimOffice>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return office is null ? null : View(office).ToRewardOffice();
    }

    private static Outcome? Validate(ClaimOfficeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<Problem>();
        if (input.PrefectureKey is { Length: > 0 } key && GansuDivisions.Instance.Find(key)?.Level != DivisionLevel.Prefecture)
        {
            problems.Add(Problem.Error("claim-office-prefecture-unknown", "prefecture"));
        }

        Required(input.Name, MaxNameLength, "name", problems);
        Required(input.Address, MaxTextLength, "address", problems);
        Required(input.Hours, MaxTextLength, "hours", problems);
        Required(input.Phone, MaxPhoneLength, "phone", problems);
        if (input.Phone is { Length: > 0 } phone && !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+' or '转'))
        {
            problems.Add(Problem.Error("claim-office-phone-invalid", "phone"));
        }

        Optional(input.NameEn, MaxNameLength, "name-en", problems);
        Optional(input.AddressEn, MaxTextLength, "address-en", problems);
        Optional(input.HoursEn, MaxTextLength, "hours-en", problems);
        return problems.Count == 0 ? null : Outcome.Fail(Failure.Invalid, problems);
    }

    private static void Required(string? value, int max, string field, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(Problem.Error("claim-office-required", field));
        }
        else
        {
            Optional(value, max, field, problems);
        }
    }

    private static void Optional(string? value, int max, string field, List<Problem> problems)
    {
        if (value is not null && value.Trim().Length > max)
        {
            problems.Add(Problem.Error("claim-office-too-long", field));
        }
    }

    private static void Apply(ClaimOffice office, ClaimOfficeInput input)
    {
        office.PrefectureKey = input.PrefectureKey is { Length: > 0 } key ? key : null;
        office.Name = input.Name!.Trim();
        office.Address = input.Address!.Trim();
        office.Hours = input.Hours!.Trim();
        office.Phone = input.Phone!.Trim();
        office.NameEn = Blank(input.NameEn);
        office.AddressEn = Blank(input.AddressEn);
        office.HoursEn = Blank(input.HoursEn);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IReadOnlyList<AuditRecord> Records(string actorId, string action, ClaimOffice office) =>
        [new AuditRecord(actorId, action, null, $"office={office.Id:N}; prefecture={office.PrefectureKey ?? "province"}")];

    private static ClaimOfficeView View(ClaimOffice o) =>
        new(o.Id, o.PrefectureKey, o.Name, o.Address, o.Hours, o.Phone, o.NameEn, o.AddressEn, o.HoursEn);
}
