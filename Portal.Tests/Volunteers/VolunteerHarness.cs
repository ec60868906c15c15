using Portal.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Tips.Monitoring;
using Portal.Tips.Reporting;
using Portal.Tips.Volunteers;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Evaluation;
using Portal.Tips.Volunteers.Hours;
using Portal.Tips.Volunteers.Leads;
using Portal.Tips.Volunteers.Model;
using Portal.Tips.Volunteers.Notifications;
using Portal.Tips.Volunteers.Privacy;
using Portal.Tips.Volunteers.Shifts;
using Portal.Tips.Volunteers.SignUp;
using Portal.Tips.Volunteers.Vetting;

namespace Portal.Tests.Volunteers;

/// <summary>
/// The volunteer services of one running portal (its database, keys and identity), on a fake clock, and quick
/// ways to make applicants, active volunteers, coordinators and shifts.
/// </summary>
public sealed class VolunteerHarness
{
    public const string Lanzhou = "620100";
    public const string Chengguan = "620102";
    public const string Baiyin = "620400";

    public VolunteerHarness(PortalFactory portal, FakeTimeProvider? time = null, Func<FakeTimeProvider, OutcomeMailer>? mailer = null)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var services = portal.Services;
        Contexts = services.GetRequiredService<IDbContextFactory<VolunteersDbContext>>();
        TipContexts = services.GetRequiredService<IDbContextFactory<TipsDbContext>>();
        Keys = services.GetRequiredService<VolunteerRecordKeys>();
        Accounts = services.GetRequiredService<IVolunteerAccounts>();
        Regions = new VolunteerRegions(new VolunteersContexts(Contexts));
        SignUp = new VolunteerSignUp(new VolunteersContexts(Contexts), Keys, Time);
        Mailer = mailer?.Invoke(Time) ?? services.GetRequiredService<OutcomeMailer>();
        Vetting = new VolunteerVetting(new VolunteersContexts(Contexts), Regions, Accounts, Keys, Mailer, Time);
        Shifts = new VolunteerShifts(new VolunteersContexts(Contexts), Regions, Time);
        Hours = new VolunteerHours(new VolunteersContexts(Contexts), Regions, Shifts, Time);
        Evaluations = new VolunteerEvaluations(new VolunteersContexts(Contexts), Regions, Shifts, Time);
        Leads = new FieldLeads(new VolunteersContexts(Contexts), new TipsContexts(TipContexts), new TipIntake(new TipsContexts(TipContexts), services.GetRequiredService<TipKeyring>(), services.GetRequiredService<ReceiptHashes>(), services.GetRequiredService<TipMetrics>(), Time), services.GetRequiredService<Portal.Tips.Protection.IKeyEncryptionKeyProvider>());
        Privacy = new VolunteerPrivacy(new VolunteersContexts(Contexts), Regions, Shifts, Keys, Leads, Accounts, Time);
        Services = services;
    }

    public IServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    internal IDbContextFactory<VolunteersDbContext> Contexts { get; }

    internal IDbContextFactory<TipsDbContext> TipContexts { get; }

    public VolunteerRecordKeys Keys { get; }

    public IVolunteerAccounts Accounts { get; }

    public VolunteerRegions Regions { get; }

    public OutcomeMailer Mailer { get; }

    public VolunteerSignUp SignUp { get; }

    public VolunteerVetting Vetting { get; }

    public VolunteerShifts Shifts { get; }

    public VolunteerHours Hours { get; }

    public VolunteerEvaluations Evaluations { get; }

    public FieldLeads Leads { get; }

    public VolunteerPrivacy Privacy { get; }

    public static string UniquePhone() => "139" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A valid adult application from Chengguan (Lanzhou).</summary>
    public static VolunteerApplication Application(string? phone = null, string birth = "1990-05-17") => new()
    {
        Name = "李志愿",
        Phone = phone ?? UniquePhone(),
        Email = $"applicant-{Guid.NewGuid():N}@example.test",
        DateOfBirth = birth,
        PlaceKey = Chengguan,
        Organisation = "兰州大学青年志愿者协会",
        Skills = [VolunteerSkills.Tibetan, VolunteerSkills.SignLanguage],
        Availability = "周末",
        Motivation = "希望帮助寻亲家庭",
        ConsentPrivacy = true,
        ConsentBackgroundCheck = true,
    };

    public async Task<string> CoordinatorAsync(params string[] regions)
    {
        var id = "coordinator-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Null((await Regions.SetGrantsAsync(id, regions)).Error);
        return id;
    }

    public async Task<SignUpReceipt> ApplyAsync(VolunteerApplication? application = null)
    {
        var result = await SignUp.SubmitAsync(application ?? Application());
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.Value!;
    }

    /// <summary>Signed up, reviewed, accepted (with an account) and made active by a Lanzhou coordinator.</summary>
    public async Task<(Guid VolunteerId, string UserId)> ActiveVolunteerAsync(VolunteerApplication? application = null, string? team = "城关区一队")
    {
        var coordinator = await CoordinatorAsync(Lanzhou);
        var receipt = await ApplyAsync(application);
        Assert.True((await Vetting.StartReviewAsync(coordinator, receipt.VolunteerId)).Succeeded);
        var accepted = await Vetting.AcceptAsync(coordinator, receipt.VolunteerId, team, null);
        Assert.True(accepted.Succeeded, string.Join(", ", accepted.Errors));
        Assert.True((await Vetting.ActivateAsync(coordinator, receipt.VolunteerId)).Succeeded);
        return (receipt.VolunteerId, await UserIdOfAsync(receipt.VolunteerId));
    }

    public async Task<string> UserIdOfAsync(Guid volunteerId)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        return (await context.Set<Volunteer>().SingleAsync(v => v.Id == volunteerId)).UserId!;
    }

    internal async Task<Volunteer> StoredAsync(Guid volunteerId)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        return await context.Set<Volunteer>().AsNoTracking().SingleAsync(v => v.Id == volunteerId);
    }

    /// <summary>A shift of a new Lanzhou opportunity, starting <paramref name="startsIn"/> from the fake now (on the hour, China time).</summary>
    public async Task<Guid> ShiftAsync(
        TimeSpan startsIn, int capacity = 10, int hours = 3, string[]? skills = null, string[]? qualifications = null, string? coordinator = null)
    {
        coordinator ??= await CoordinatorAsync(Lanzhou);
        var opportunity = await Shifts.CreateOpportunityAsync(coordinator, new OpportunityInput(OpportunityKind.StationCampaign, "兰州站春运反拐宣传", "发放宣传材料", Chengguan));
        Assert.True(opportunity.Succeeded, string.Join(", ", opportunity.Errors));
        var start = (Time.GetUtcNow() + startsIn).ToOffset(ChinaTime.Offset);
        var shift = await Shifts.AddShiftAsync(coordinator, opportunity.Value, new ShiftInput(
            DateOnly.FromDateTime(start.DateTime),
            new TimeOnly(start.Hour, 0),
            new TimeOnly(start.Hour, 0).AddHours(hours),
            "兰州火车站东广场",
            capacity,
            skills ?? [],
            qualifications ?? []));
        Assert.True(shift.Succeeded, string.Join(", ", shift.Errors));
        return shift.Value;
    }

    internal async Task<ShiftSignup?> SignupAsync(Guid shiftId, Guid volunteerId)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        return await context.Set<ShiftSignup>().AsNoTracking().SingleOrDefaultAsync(s => s.ShiftId == shiftId && s.VolunteerId == volunteerId);
    }

    internal async Task<Shift> StoredShiftAsync(Guid shiftId)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        return await context.Set<Shift>().AsNoTracking().SingleAsync(s => s.Id == shiftId);
    }
}
