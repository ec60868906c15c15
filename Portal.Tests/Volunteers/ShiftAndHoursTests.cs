using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Storage.Blobs;
using Portal.Tests.Infrastructure;
using Portal.Tests.Police;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Protection;
using Portal.Tips.Reporting;
using Portal.Tips.Retention;
using Portal.Tips.Police;
using Portal.Tips.Volunteers;
using Portal.Tips.Volunteers.Leads;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tests.Volunteers;

/// <summary>Shifts, the waitlist under concurrency, hours, evaluation and field leads, on each database provider.</summary>
[IntegrationTest]
public abstract class ShiftAndHoursTests
{
    protected abstract PortalFactory Portal { get; }

    private VolunteerHarness NewDesk() => new(Portal);

    private static string Codes(Outcome outcome) => string.Join(",", outcome.Errors.Select(e => e.Code));

    private static string Codes<T>(Outcome<T> outcome) => string.Join(",", outcome.Errors.Select(e => e.Code));

    [Fact]
    public async Task A_full_shift_is_refused_unless_joining_the_waitlist_and_a_cancellation_moves_the_first_waiting_up()
    {
        var desk = NewDesk();
        var shift = await desk.ShiftAsync(TimeSpan.FromDays(3), capacity: 1);
        var (_, first) = await desk.ActiveVolunteerAsync();
        var (secondId, second) = await desk.ActiveVolunteerAsync();
        var (thirdId, third) = await desk.ActiveVolunteerAsync();

        Assert.Equal(SignupState.Confirmed, (await desk.Shifts.SignUpAsync(first, shift, false)).Value);
        Assert.Equal("already-signed-up", Codes(await desk.Shifts.SignUpAsync(first, shift, true)));
        Assert.Equal("shift-full", Codes(await desk.Shifts.SignUpAsync(second, shift, false)));
        Assert.Equal(SignupState.Waitlisted, (await desk.Shifts.SignUpAsync(second, shift, true)).Value);
        desk.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SignupState.Waitlisted, (await desk.Shifts.SignUpAsync(third, shift, true)).Value);

        Assert.True((await desk.Shifts.CancelAsync(first, shift)).Succeeded);
        Assert.Equal(SignupState.Confirmed, (await desk.SignupAsync(shift, secondId))!.State);
        Assert.Equal(SignupState.Waitlisted, (await desk.SignupAsync(shift, thirdId))!.State);
        Assert.Equal(1, (await desk.StoredShiftAsync(shift)).Confirmed);

        // A cancelled volunteer may sign up again, at the back of the line.
        Assert.Equal(SignupState.Waitlisted, (await desk.Shifts.SignUpAsync(first, shift, true)).Value);
        desk.Time.Advance(TimeSpan.FromDays(4));
        Assert.Equal("shift-started", Codes(await desk.Shifts.CancelAsync(second, shift)));
    }

    [Fact]
    public async Task Overlapping_shifts_missing_skills_and_inactive_volunteers_are_refused()
    {
        var desk = NewDesk();
        var morning = await desk.ShiftAsync(TimeSpan.FromDays(5), hours: 3);
        var overlapping = await desk.ShiftAsync(TimeSpan.FromDays(5) + TimeSpan.FromHours(2), hours: 2);
        var afterwards = await desk.ShiftAsync(TimeSpan.FromDays(5) + TimeSpan.FromHours(3), hours: 2);
        var signLanguage = await desk.ShiftAsync(TimeSpan.FromDays(6), skills: [VolunteerSkills.SignLanguage, VolunteerSkills.Dongxiang]);
        var (_, volunteer) = await desk.ActiveVolunteerAsync();

        Assert.True((await desk.Shifts.SignUpAsync(volunteer, morning, false)).Succeeded);
        Assert.Equal("overlapping-shift", Codes(await desk.Shifts.SignUpAsync(volunteer, overlapping, false)));
        Assert.True((await desk.Shifts.SignUpAsync(volunteer, afterwards, false)).Succeeded);
        Assert.Equal("missing-skill", Codes(await desk.Shifts.SignUpAsync(volunteer, signLanguage, false)));
        var (_, speaker) = await desk.ActiveVolunteerAsync(VolunteerHarness.Application() with { Skills = [VolunteerSkills.SignLanguage, VolunteerSkills.Dongxiang] });
        Assert.True((await desk.Shifts.SignUpAsync(speaker, signLanguage, false)).Succeeded);

        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);
        var accepted = await desk.ApplyAsync();
        await desk.Vetting.StartReviewAsync(coordinator, accepted.VolunteerId);
        await desk.Vetting.AcceptAsync(coordinator, accepted.VolunteerId, null, null);
        Assert.Equal(VolunteerErrors.NotActive, Codes(await desk.Shifts.SignUpAsync(await desk.UserIdOfAsync(accepted.VolunteerId), morning, false)));
    }

    [Fact]
    public async Task A_lapsed_qualification_blocks_sign_up()
    {
        var desk = NewDesk();
        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);
        var (volunteerId, volunteer) = await desk.ActiveVolunteerAsync();
        var needsFirstAid = await desk.ShiftAsync(TimeSpan.FromDays(3), qualifications: [VolunteerQualifications.FirstAid]);
        Assert.Equal("missing-qualification", Codes(await desk.Shifts.SignUpAsync(volunteer, needsFirstAid, false)));

        // Valid until 2026-12-10 (the fake today is 2026-12-01).
        Assert.True((await desk.Vetting.AddQualificationAsync(coordinator, volunteerId, VolunteerQualifications.FirstAid, new DateOnly(2026, 12, 10))).Succeeded);
        Assert.True((await desk.Shifts.SignUpAsync(volunteer, needsFirstAid, false)).Succeeded);

        // A shift after the expiry date is refused, although the certificate is valid today.
        var afterExpiry = await desk.ShiftAsync(TimeSpan.FromDays(12), qualifications: [VolunteerQualifications.FirstAid]);
        Assert.Equal("qualification-lapsed", Codes(await desk.Shifts.SignUpAsync(volunteer, afterExpiry, false)));

        // Once the clock passes the expiry date, no shift needing it can be taken.
        desk.Time.Advance(TimeSpan.FromDays(10));
        var tomorrow = await desk.ShiftAsync(TimeSpan.FromDays(1), qualifications: [VolunteerQualifications.FirstAid]);
        Assert.Equal("qualification-lapsed", Codes(await desk.Shifts.SignUpAsync(volunteer, tomorrow, false)));
        Assert.True((await desk.Vetting.AddQualificationAsync(coordinator, volunteerId, VolunteerQualifications.FirstAid, new DateOnly(2029, 12, 10))).Succeeded);
        Assert.True((await desk.Shifts.SignUpAsync(volunteer, tomorrow, false)).Succeeded);
    }

    [Fact]
    public async Task Two_volunteers_racing_for_the_last_place_get_one_place_and_one_waitlist_entry()
    {
        var desk = NewDesk();
        for (var round = 0; round < 3; round++)
        {
            var shift = await desk.ShiftAsync(TimeSpan.FromDays(3 + round), capacity: 1);
            var racers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => desk.ActiveVolunteerAsync()));
            var results = await Task.WhenAll(racers.Select(r => Task.Run(() => desk.Shifts.SignUpAsync(r.UserId, shift, joinWaitlist: true))));

            Assert.All(results, r => Assert.True(r.Succeeded, Codes(r)));
            Assert.Single(results, r => r.Value == SignupState.Confirmed);
            Assert.Equal(3, results.Count(r => r.Value == SignupState.Waitlisted));
            Assert.Equal(1, (await desk.StoredShiftAsync(shift)).Confirmed);
        }

        var lastPlace = await desk.ShiftAsync(TimeSpan.FromDays(9), capacity: 1);
        var pair = await Task.WhenAll(desk.ActiveVolunteerAsync(), desk.ActiveVolunteerAsync());
        var raced = await Task.WhenAll(pair.Select(r => Task.Run(() => desk.Shifts.SignUpAsync(r.UserId, lastPlace, joinWaitlist: false))));
        Assert.Single(raced, r => r.Succeeded);
        Assert.Single(raced, r => Codes(r) == "shift-full");
    }

    [Fact]
    public async Task Concurrent_cancellations_promote_the_waitlist_in_order_without_overfilling()
    {
        var desk = NewDesk();
        var shift = await desk.ShiftAsync(TimeSpan.FromDays(4), capacity: 2);
        var volunteers = new List<(Guid VolunteerId, string UserId)>();
        for (var i = 0; i < 6; i++)
        {
            var volunteer = await desk.ActiveVolunteerAsync();
            volunteers.Add(volunteer);
            Assert.True((await desk.Shifts.SignUpAsync(volunteer.UserId, shift, joinWaitlist: true)).Succeeded);
            desk.Time.Advance(TimeSpan.FromSeconds(1));
        }

        // Both confirmed volunteers and one waiting volunteer cancel at once.
        var cancellations = await Task.WhenAll(new[] { volunteers[0], volunteers[1], volunteers[3] }.Select(v => Task.Run(() => desk.Shifts.CancelAsync(v.UserId, shift))));
        Assert.All(cancellations, c => Assert.True(c.Succeeded, Codes(c)));

        var states = new List<SignupState>();
        foreach (var volunteer in volunteers)
        {
            states.Add((await desk.SignupAsync(shift, volunteer.VolunteerId))!.State);
        }

        Assert.Equal([SignupState.Cancelled, SignupState.Cancelled, SignupState.Confirmed, SignupState.Cancelled, SignupState.Confirmed, SignupState.Waitlisted], states);
        Assert.Equal(2, (await desk.StoredShiftAsync(shift)).Confirmed);
    }

    [Fact]
    public async Task Hours_are_logged_only_for_an_attended_finished_shift_and_approved_hours_never_change()
    {
        var desk = NewDesk();
        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);
        var baiyin = await desk.CoordinatorAsync(VolunteerHarness.Baiyin);
        var shift = await desk.ShiftAsync(TimeSpan.FromDays(1), capacity: 1, hours: 3);
        var (volunteerId, volunteer) = await desk.ActiveVolunteerAsync(team: "时长测试队");
        var (_, waiting) = await desk.ActiveVolunteerAsync();
        var (_, stranger) = await desk.ActiveVolunteerAsync();
        await desk.Shifts.SignUpAsync(volunteer, shift, false);
        await desk.Shifts.SignUpAsync(waiting, shift, true);

        Assert.Equal("shift-not-over", Codes(await desk.Hours.LogAsync(volunteer, shift, 3, null)));
        desk.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal("not-attended", Codes(await desk.Hours.LogAsync(waiting, shift, 3, null)));
        Assert.Equal("not-attended", Codes(await desk.Hours.LogAsync(stranger, shift, 3, null)));
        Assert.Equal("not-attended", Codes(await desk.Hours.LogAsync(volunteer, Guid.NewGuid(), 3, null)));
        Assert.Equal("hours-out-of-range", Codes(await desk.Hours.LogAsync(volunteer, shift, 3.5m, null)));
        Assert.Equal("hours-out-of-range", Codes(await desk.Hours.LogAsync(volunteer, shift, 0, null)));
        Assert.True((await desk.Hours.LogAsync(volunteer, shift, 2, "第一次")).Succeeded);
        Assert.True((await desk.Hours.LogAsync(volunteer, shift, 2.5m, "改正")).Succeeded);

        var entry = Assert.Single(await desk.Hours.PendingAsync(coordinator), h => h.ShiftId == shift);
        Assert.Equal(150, entry.Minutes);
        Assert.DoesNotContain(await desk.Hours.PendingAsync(baiyin), h => h.ShiftId == shift);
        Assert.Equal(VolunteerErrors.OutsideRegion, Codes(await desk.Hours.ApproveAsync(baiyin, entry.Id)));
        Assert.True((await desk.Hours.ApproveAsync(coordinator, entry.Id)).Succeeded);

        Assert.Equal("hours-approved", Codes(await desk.Hours.LogAsync(volunteer, shift, 3, "再改")));
        Assert.Equal("hours-approved", Codes(await desk.Hours.ApproveAsync(coordinator, entry.Id)));
        Assert.Equal("hours-approved", Codes(await desk.Hours.RejectAsync(coordinator, entry.Id)));
        var mine = Assert.Single(await desk.Hours.MineAsync(volunteer));
        Assert.Equal((150, HoursState.Approved, "改正"), (mine.Minutes, mine.State, mine.Note));

        var totals = await desk.Hours.TotalsAsync(coordinator);
        Assert.Contains(totals.PerVolunteer, t => t.Key == "李志愿" && t.Minutes == 150);
        Assert.Contains(totals.PerTeam, t => t.Key == "时长测试队" && t.Minutes == 150);
        Assert.Contains(totals.PerRegion, t => t.Key == VolunteerHarness.Lanzhou && t.Minutes >= 150);
        Assert.DoesNotContain((await desk.Hours.TotalsAsync(baiyin)).PerTeam, t => t.Key == "时长测试队");

        // Evaluation and the yearly summary behind the certificate.
        Assert.Equal("invalid-rating", Codes(await desk.Evaluations.EvaluateAsync(coordinator, shift, volunteerId, 6, null)));
        Assert.Equal(VolunteerErrors.OutsideRegion, Codes(await desk.Evaluations.EvaluateAsync(baiyin, shift, volunteerId, 4, null)));
        Assert.True((await desk.Evaluations.EvaluateAsync(coordinator, shift, volunteerId, 4, "耐心细致")).Succeeded);
        var summary = await desk.Evaluations.MySummaryAsync(volunteer, 2026);
        Assert.Equal(150, summary!.ApprovedMinutes);
        Assert.Equal(4.0, summary.AverageRating);
        Assert.Equal("耐心细致", Assert.Single(summary.Lines).Feedback);
        Assert.Empty((await desk.Evaluations.MySummaryAsync(volunteer, 2025))!.Lines);
    }

    [Fact]
    public async Task A_field_lead_goes_through_the_tip_pipeline_as_a_volunteer_lead_and_its_volunteer_sees_only_the_status()
    {
        var desk = NewDesk();
        var (_, volunteer) = await desk.ActiveVolunteerAsync();
        var input = new FieldLeadInput
        {
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            Category = TipCategory.ChildAbduction,
            WhatHappened = "兰州站东广场一名男子带着哭闹的女孩，女孩说不认识他。",
            PlaceKey = VolunteerHarness.Chengguan,
            HappeningNow = true,
        };
        Assert.True((await desk.Leads.SubmitAsync(volunteer, input)).Succeeded);
        // The same form posted twice is one lead.
        Assert.True((await desk.Leads.SubmitAsync(volunteer, input)).Succeeded);
        Assert.Equal("required", Codes(await desk.Leads.SubmitAsync(volunteer, input with { IdempotencyKey = Guid.NewGuid().ToString("N"), WhatHappened = " " })));

        var lead = Assert.Single(await desk.Leads.MineAsync(volunteer));
        Assert.Equal(PublicTipStatus.Received, lead.Status);

        // No volunteer table names a tip: the lead is found through a keyed hash of the volunteer's id on the tip.
        byte[] leadKey;
        await using (var context = await desk.Contexts.CreateDbContextAsync())
        {
            Assert.DoesNotContain(context.Model.GetEntityTypes().SelectMany(type => type.GetProperties()), property => property.Name.Contains("Tip", StringComparison.Ordinal));
            var volunteerId = await context.Set<Volunteer>().Where(v => v.UserId == volunteer).Select(v => v.Id).SingleAsync();
            leadKey = Portal.Services.GetRequiredService<IKeyEncryptionKeyProvider>().KeyedHash("field-lead", volunteerId.ToByteArray());
        }

        Guid tipId;
        await using (var tips = await Portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync())
        {
            tipId = await tips.Set<Tip>().Where(t => t.FieldLeadOf == leadKey).Select(t => t.Id).SingleAsync();
        }

        var police = new PoliceHarness(Portal);
        var officer = await police.OfficerAsync(VolunteerHarness.Chengguan);
        var view = await police.Cases.OpenAsync(officer, tipId);
        Assert.Equal(TipSource.Volunteer, view.Source);
        Assert.Equal(TipPriority.P1, view.Priority);
        Assert.Equal(VolunteerHarness.Chengguan, view.JurisdictionKey);
        Assert.Equal("李志愿", view.Contact!.Name);
        Assert.StartsWith("139", view.Contact.Phone, StringComparison.Ordinal);
        Assert.Contains("Volunteer V", view.Contact.Role, StringComparison.Ordinal);
        Assert.Equal(input.WhatHappened, view.Report.WhatHappened);

        Assert.Null((await police.Cases.AcknowledgeAsync(officer, tipId)).Error);
        Assert.Equal(PublicTipStatus.UnderReview, Assert.Single(await desk.Leads.MineAsync(volunteer)).Status);
        // What the volunteer can read of a lead has no field that could carry its content.
        Assert.Equal(["SubmittedAt", "Status"], typeof(FieldLeadStatus).GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.Name));
        Assert.DoesNotContain("兰州站东广场", await desk.Privacy.ExportAsync(volunteer), StringComparison.Ordinal);

        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);
        var inactive = await desk.ActiveVolunteerAsync();
        await desk.Vetting.DeactivateAsync(coordinator, inactive.VolunteerId);
        Assert.Equal(VolunteerErrors.NotActive, Codes(await desk.Leads.SubmitAsync(inactive.UserId, input with { IdempotencyKey = Guid.NewGuid().ToString("N") })));

        // The purge of the tip removes the link with it.
        Assert.Null((await police.Cases.CloseAsync(officer, tipId, CaseOutcome.Spam, "测试：按垃圾信息关闭。")).Error);
        var purged = await new TipPurger(
            Portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>(), Portal.Services.GetRequiredService<TipAuditLog>(), Portal.Services.GetRequiredService<IBlobStore>(),
            Options.Create(new RetentionOptions { Spam = TimeSpan.Zero }), TimeProvider.System, NullLogger<TipPurger>.Instance).RunAsync();
        Assert.Contains(tipId, purged.PurgedTips);
        Assert.Empty(await desk.Leads.MineAsync(volunteer));
    }
}

public sealed class SqliteShiftAndHoursTests(PortalFactory portal) : ShiftAndHoursTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresShiftAndHoursTests(PostgresPortalFixture fixture) : ShiftAndHoursTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
