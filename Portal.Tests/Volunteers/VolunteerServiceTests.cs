using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Volunteers;
using Portal.Tips.Volunteers.Model;
using Portal.Tips.Volunteers.SignUp;
using Portal.Web.Identity;

namespace Portal.Tests.Volunteers;

/// <summary>Sign-up, the minors rule, vetting, regions and privacy, on each database provider.</summary>
[IntegrationTest]
public abstract class VolunteerServiceTests
{
    protected abstract PortalFactory Portal { get; }

    private VolunteerHarness NewDesk() => new(Portal);

    private static string Codes(Outcome outcome) => string.Join(",", outcome.Errors.Select(e => e.Code));

    private static string Codes<T>(Outcome<T> outcome) => string.Join(",", outcome.Errors.Select(e => e.Code));

    /// <summary>A valid ID-card number for a birth date (a Chengguan district code).</summary>
    private static string IdNumberFor(string birth) =>
        IdCardNumbers.WithCheckCharacter("620102" + birth.Replace("-", "", StringComparison.Ordinal) + Random.Shared.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task An_adult_signs_up_with_the_id_number_stored_only_encrypted_and_a_second_sign_up_is_refused()
    {
        var desk = NewDesk();
        var idNumber = IdNumberFor("1990-05-17");
        var application = VolunteerHarness.Application() with { IdNumber = idNumber.ToLowerInvariant() };
        var receipt = await desk.ApplyAsync(application);

        var stored = await desk.StoredAsync(receipt.VolunteerId);
        Assert.Equal(VolunteerStatus.Applicant, stored.Status);
        Assert.Matches("^V[A-Z2-9]{8}$", receipt.Reference);
        Assert.Equal(VolunteerHarness.Lanzhou, stored.PrefectureKey);
        Assert.Equal(VolunteerHarness.Chengguan, stored.CountyKey);
        Assert.Equal([VolunteerSkills.Tibetan, VolunteerSkills.SignLanguage], stored.SkillList);
        Assert.NotNull(stored.EncryptedIdNumber);
        Assert.DoesNotContain(idNumber, System.Text.Encoding.UTF8.GetString(stored.EncryptedIdNumber!), StringComparison.Ordinal);
        Assert.Equal(idNumber, desk.Keys.OpenIdNumber(stored));

        var samePhone = await desk.SignUp.SubmitAsync(VolunteerHarness.Application(application.Phone));
        Assert.Equal("duplicate", Codes(samePhone));
        var sameIdNumber = await desk.SignUp.SubmitAsync(VolunteerHarness.Application() with { IdNumber = idNumber });
        Assert.Equal("duplicate", Codes(sameIdNumber));
        // The phone is compared as digits: spaces and dashes do not make a new person.
        var spacedPhone = await desk.SignUp.SubmitAsync(VolunteerHarness.Application($"{application.Phone![..3]} {application.Phone[3..7]}-{application.Phone[7..]}"));
        Assert.Equal("duplicate", Codes(spacedPhone));
    }

    [Fact]
    public async Task A_minor_needs_a_recorded_guardian_consent_and_turns_adult_on_the_18th_birthday_in_china_time()
    {
        var desk = NewDesk();
        // The fake clock is 2026-12-01 10:00 in China: born 2008-12-02 is still 17 today.
        var minor = VolunteerHarness.Application(birth: "2008-12-02");
        Assert.Equal("guardian-consent-required", Codes(await desk.SignUp.SubmitAsync(minor)));
        Assert.Equal("guardian-consent-required", Codes(await desk.SignUp.SubmitAsync(minor with { GuardianConsent = true, GuardianName = "李家长" })));
        Assert.Equal("too-young", Codes(await desk.SignUp.SubmitAsync(VolunteerHarness.Application(birth: "2013-01-01"))));

        var withConsent = await desk.ApplyAsync(minor with { GuardianConsent = true, GuardianName = "李家长", GuardianPhone = "13912345678" });
        var stored = await desk.StoredAsync(withConsent.VolunteerId);
        Assert.True(stored.GuardianConsent);
        Assert.Equal("李家长", stored.GuardianName);

        // One day later (China time) the same birth date is an adult, who needs no guardian.
        desk.Time.Advance(TimeSpan.FromDays(1));
        var adult = await desk.ApplyAsync(VolunteerHarness.Application(birth: "2008-12-02") with { GuardianName = "不需要" });
        var storedAdult = await desk.StoredAsync(adult.VolunteerId);
        Assert.False(storedAdult.GuardianConsent);
        Assert.Null(storedAdult.GuardianName);
    }

    [Fact]
    public async Task Impossible_dates_bad_id_numbers_and_missing_consents_are_refused_with_codes_per_field()
    {
        var desk = NewDesk();
        var errors = (await desk.SignUp.SubmitAsync(VolunteerHarness.Application(birth: "2001-02-30") with { ConsentPrivacy = false, ConsentBackgroundCheck = false, PlaceKey = "999999" })).Errors;
        Assert.Contains(errors, e => e is { Field: "DateOfBirth", Code: "impossible-date" });
        Assert.Contains(errors, e => e is { Field: "ConsentPrivacy", Code: "consent-required" });
        Assert.Contains(errors, e => e is { Field: "ConsentBackgroundCheck", Code: "consent-required" });
        Assert.Contains(errors, e => e is { Field: "PlaceKey", Code: "unknown-place" });
        Assert.Equal("impossible-date", Codes(await desk.SignUp.SubmitAsync(VolunteerHarness.Application(birth: "2027-01-01"))));
        Assert.Equal("impossible-date", Codes(await desk.SignUp.SubmitAsync(VolunteerHarness.Application(birth: "1890-01-01"))));

        var valid = IdNumberFor("1990-05-17");
        var wrongCheck = valid[..17] + (valid[17] == '1' ? '2' : '1');
        Assert.Equal("invalid-id-number", Codes(await desk.SignUp.SubmitAsync(VolunteerHarness.Application() with { IdNumber = wrongCheck })));
        Assert.Equal("id-birth-mismatch", Codes(await desk.SignUp.SubmitAsync(VolunteerHarness.Application(birth: "1990-05-18") with { IdNumber = valid })));
        Assert.Equal("invalid-phone", Codes(await desk.SignUp.SubmitAsync(VolunteerHarness.Application("电话"))));
        Assert.Equal("unknown-skill", Codes(await desk.SignUp.SubmitAsync(VolunteerHarness.Application() with { Skills = ["juggling"] })));
    }

    [Fact]
    public async Task Vetting_follows_the_state_machine_and_the_applicant_sees_the_outcome()
    {
        var desk = NewDesk();
        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);
        var application = VolunteerHarness.Application();
        var rejected = await desk.ApplyAsync(application);

        Assert.Equal("invalid-transition", Codes(await desk.Vetting.AcceptAsync(coordinator, rejected.VolunteerId, null, null)));
        Assert.Equal("invalid-transition", Codes(await desk.Vetting.ActivateAsync(coordinator, rejected.VolunteerId)));
        Assert.True((await desk.Vetting.StartReviewAsync(coordinator, rejected.VolunteerId)).Succeeded);
        Assert.True((await desk.Vetting.AddNoteAsync(coordinator, rejected.VolunteerId, "电话面谈：表达清楚，但无法参加周末活动。")).Succeeded);
        Assert.True((await desk.Vetting.RejectAsync(coordinator, rejected.VolunteerId, RejectionReason.NoSuitableRole)).Succeeded);
        Assert.Equal("invalid-transition", Codes(await desk.Vetting.AcceptAsync(coordinator, rejected.VolunteerId, null, null)));
        Assert.Equal((VolunteerStatus.Rejected, RejectionReason.NoSuitableRole), await desk.SignUp.StatusAsync(rejected.Reference.ToLowerInvariant(), application.Phone));
        Assert.Null(await desk.SignUp.StatusAsync(rejected.Reference, VolunteerHarness.UniquePhone()));
        var detail = await desk.Vetting.DetailAsync(coordinator, rejected.VolunteerId);
        Assert.Equal("电话面谈：表达清楚，但无法参加周末活动。", Assert.Single(detail.Value!.Notes).Text);

        var accepted = await desk.ApplyAsync();
        Assert.True((await desk.Vetting.StartReviewAsync(coordinator, accepted.VolunteerId)).Succeeded);
        var invitation = await desk.Vetting.AcceptAsync(coordinator, accepted.VolunteerId, "城关区一队", null);
        Assert.True(invitation.Succeeded, string.Join(",", invitation.Errors));
        Assert.StartsWith("/account/accept-invitation?user=", invitation.Value, StringComparison.Ordinal);
        var stored = await desk.StoredAsync(accepted.VolunteerId);
        Assert.Equal(VolunteerStatus.Accepted, stored.Status);
        Assert.Equal(coordinator, stored.DecidedBy);
        await using (var scope = desk.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var account = await users.FindByIdAsync(stored.UserId!);
            Assert.Equal([PortalRoles.Volunteer], await users.GetRolesAsync(account!));
            Assert.Null(account!.PasswordHash);
        }

        Assert.Equal(invitation.Value, stored.InvitationPath);
        Assert.True((await desk.Vetting.ActivateAsync(coordinator, accepted.VolunteerId)).Succeeded);
        Assert.Null((await desk.StoredAsync(accepted.VolunteerId)).InvitationPath);
        Assert.True((await desk.Vetting.DeactivateAsync(coordinator, accepted.VolunteerId)).Succeeded);
        Assert.True((await desk.Vetting.ActivateAsync(coordinator, accepted.VolunteerId)).Succeeded);
        Assert.True((await desk.Vetting.ArchiveAsync(coordinator, accepted.VolunteerId)).Succeeded);
        Assert.Equal("invalid-transition", Codes(await desk.Vetting.ActivateAsync(coordinator, accepted.VolunteerId)));
    }

    [Fact]
    public async Task Acceptance_needs_a_login_e_mail_when_the_applicant_gave_none()
    {
        var desk = NewDesk();
        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);
        var receipt = await desk.ApplyAsync(VolunteerHarness.Application() with { Email = null });
        await desk.Vetting.StartReviewAsync(coordinator, receipt.VolunteerId);
        Assert.Equal("login-email-required", Codes(await desk.Vetting.AcceptAsync(coordinator, receipt.VolunteerId, null, " ")));
        Assert.Equal(VolunteerStatus.InReview, (await desk.StoredAsync(receipt.VolunteerId)).Status);
        Assert.True((await desk.Vetting.AcceptAsync(coordinator, receipt.VolunteerId, null, $"given-{Guid.NewGuid():N}@example.test")).Succeeded);
    }

    [Fact]
    public async Task A_new_activation_link_voids_the_old_one_and_is_refused_once_the_password_is_set()
    {
        var desk = NewDesk();
        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);
        var receipt = await desk.ApplyAsync();
        Assert.Equal("invalid-transition", Codes(await desk.Vetting.RenewInvitationAsync(coordinator, receipt.VolunteerId)));
        await desk.Vetting.StartReviewAsync(coordinator, receipt.VolunteerId);
        var first = await desk.Vetting.AcceptAsync(coordinator, receipt.VolunteerId, null, null);
        var outsider = await desk.CoordinatorAsync(VolunteerHarness.Baiyin);
        Assert.Equal(VolunteerErrors.OutsideRegion, Codes(await desk.Vetting.RenewInvitationAsync(outsider, receipt.VolunteerId)));

        var second = await desk.Vetting.RenewInvitationAsync(coordinator, receipt.VolunteerId);
        Assert.True(second.Succeeded, string.Join(",", second.Errors));
        Assert.NotEqual(first.Value, second.Value);
        Assert.Equal(second.Value, (await desk.StoredAsync(receipt.VolunteerId)).InvitationPath);

        await using var scope = desk.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByIdAsync(await desk.UserIdOfAsync(receipt.VolunteerId)))!;
        Assert.False((await users.ResetPasswordAsync(user, TokenOf(first.Value!), TestUsers.Password)).Succeeded);
        user = (await users.FindByIdAsync(user.Id))!;
        Assert.True((await users.ResetPasswordAsync(user, TokenOf(second.Value!), TestUsers.Password)).Succeeded);
        Assert.Equal("account-already-set-up", Codes(await desk.Vetting.RenewInvitationAsync(coordinator, receipt.VolunteerId)));
    }

    private static string TokenOf(string invitationPath)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://portal" + invitationPath).Query);
        return System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(query["token"]!));
    }

    [Fact]
    public async Task A_coordinator_cannot_act_outside_their_region()
    {
        var desk = NewDesk();
        var baiyin = await desk.CoordinatorAsync(VolunteerHarness.Baiyin);
        var chengguanOnly = await desk.CoordinatorAsync(VolunteerHarness.Chengguan);
        var nobody = await desk.CoordinatorAsync();
        var province = await desk.CoordinatorAsync(VolunteerRegions.Province);
        var receipt = await desk.ApplyAsync();

        Assert.Equal(VolunteerErrors.OutsideRegion, Codes(await desk.Vetting.StartReviewAsync(baiyin, receipt.VolunteerId)));
        Assert.Equal(VolunteerErrors.OutsideRegion, Codes(await desk.Vetting.AddNoteAsync(baiyin, receipt.VolunteerId, "越权")));
        Assert.Equal(VolunteerErrors.OutsideRegion, Codes(await desk.Vetting.DetailAsync(nobody, receipt.VolunteerId)));
        Assert.Equal(VolunteerErrors.OutsideRegion, Codes(await desk.Evaluations.SummaryForCoordinatorAsync(baiyin, receipt.VolunteerId, 2026)));
        Assert.DoesNotContain(await desk.Vetting.ListAsync(baiyin), r => r.Id == receipt.VolunteerId);
        Assert.Empty(await desk.Vetting.ListAsync(nobody));
        Assert.Contains(await desk.Vetting.ListAsync(chengguanOnly), r => r.Id == receipt.VolunteerId);
        Assert.Contains(await desk.Vetting.ListAsync(province, VolunteerStatus.Applicant), r => r.Id == receipt.VolunteerId);
        Assert.Equal(VolunteerErrors.OutsideRegion, Codes(await desk.Shifts.CreateOpportunityAsync(baiyin, new(OpportunityKind.SchoolCampaign, "越权活动", null, VolunteerHarness.Chengguan))));

        var shift = await desk.ShiftAsync(TimeSpan.FromDays(2));
        Assert.Equal(VolunteerErrors.OutsideRegion, Codes(await desk.Shifts.RosterAsync(baiyin, shift)));
        Assert.Equal("unknown-region", (await desk.Regions.SetGrantsAsync("someone", ["123456"])).Error);
        Assert.True((await desk.Vetting.StartReviewAsync(chengguanOnly, receipt.VolunteerId)).Succeeded);
    }

    [Fact]
    public async Task A_volunteer_downloads_their_data_asks_for_deletion_and_a_coordinator_erases_them_keeping_anonymous_hours()
    {
        var desk = NewDesk();
        var idNumber = IdNumberFor("1990-05-17");
        var (volunteerId, userId) = await desk.ActiveVolunteerAsync(VolunteerHarness.Application() with { IdNumber = idNumber }, team: "删除测试队");
        var shift = await desk.ShiftAsync(TimeSpan.FromDays(1));
        Assert.True((await desk.Shifts.SignUpAsync(userId, shift, false)).Succeeded);
        desk.Time.Advance(TimeSpan.FromDays(2));
        Assert.True((await desk.Hours.LogAsync(userId, shift, 2.5m, "发放传单")).Succeeded);
        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);
        var entry = Assert.Single(await desk.Hours.PendingAsync(coordinator), h => h.ShiftId == shift);
        Assert.True((await desk.Hours.ApproveAsync(coordinator, entry.Id)).Succeeded);
        var future = await desk.ShiftAsync(TimeSpan.FromDays(3), capacity: 1);
        Assert.True((await desk.Shifts.SignUpAsync(userId, future, false)).Succeeded);
        var (_, waitingUser) = await desk.ActiveVolunteerAsync();
        Assert.Equal(SignupState.Waitlisted, (await desk.Shifts.SignUpAsync(waitingUser, future, true)).Value);

        var json = await desk.Privacy.ExportAsync(userId);
        Assert.Contains("李志愿", json, StringComparison.Ordinal);
        Assert.Contains(idNumber, json, StringComparison.Ordinal);
        Assert.Contains("发放传单", json, StringComparison.Ordinal);

        var baiyin = await desk.CoordinatorAsync(VolunteerHarness.Baiyin);
        Assert.Equal("deletion-not-requested", Codes(await desk.Privacy.CompleteDeletionAsync(coordinator, volunteerId)));
        Assert.True((await desk.Privacy.RequestDeletionAsync(userId)).Succeeded);
        Assert.Equal(VolunteerErrors.OutsideRegion, Codes(await desk.Privacy.CompleteDeletionAsync(baiyin, volunteerId)));
        Assert.True((await desk.Privacy.CompleteDeletionAsync(coordinator, volunteerId)).Succeeded);

        var erased = await desk.StoredAsync(volunteerId);
        Assert.Null(erased.Name);
        Assert.Null(erased.Phone);
        Assert.Null(erased.EncryptedIdNumber);
        Assert.Null(erased.IdNumberHash);
        Assert.Null(erased.UserId);
        Assert.Equal(VolunteerStatus.Archived, erased.Status);
        await using (var scope = desk.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(userId));
        }

        // The place the erased volunteer held goes to the waitlist; the approved hours still count, without a name.
        var waitingId = await VolunteerIdOfAsync(desk, waitingUser);
        Assert.Equal(SignupState.Confirmed, (await desk.SignupAsync(future, waitingId))!.State);
        var totals = await desk.Hours.TotalsAsync(coordinator);
        Assert.Contains(totals.PerVolunteer, t => t.Anonymous && t.Minutes == 150);
        Assert.Contains(totals.PerTeam, t => t.Key == "删除测试队" && t.Minutes == 150);
        Assert.Null(await desk.Privacy.ExportAsync(userId));
        // The same person can sign up again later: the phone and ID number are free once erased.
        await desk.ApplyAsync(VolunteerHarness.Application() with { IdNumber = idNumber });
    }

    private static async Task<Guid> VolunteerIdOfAsync(VolunteerHarness desk, string userId)
    {
        await using var context = await desk.Contexts.CreateDbContextAsync();
        return await context.Set<Volunteer>().Where(v => v.UserId == userId).Select(v => v.Id).SingleAsync();
    }
}

public sealed class SqliteVolunteerServiceTests(PortalFactory portal) : VolunteerServiceTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresVolunteerServiceTests(PostgresPortalFixture fixture) : VolunteerServiceTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
