using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Portal.Shared.Options;
using Portal.Storage.Mail;
using Portal.Tests.Infrastructure;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;
using Portal.Tips.Volunteers.Notifications;

namespace Portal.Tests.Volunteers;

/// <summary>The applicant learns the outcome by e-mail when they gave an address (so they need not sign in to learn it), through a real SMTP server.</summary>
[IntegrationTest]
public abstract class OutcomeMailTests
{
    private const string PortalAddress = "https://fanguai.example.gov.cn";

    protected abstract PortalFactory Portal { get; }

    private static MailOptions Options(int port) => new()
    {
        Enabled = true,
        Host = "127.0.0.1",
        Port = port,
        Security = nameof(MailSecurity.None),
        FromAddress = "noreply@fanguai.example.gov.cn",
        PublicBaseUrl = PortalAddress,
    };

    private VolunteerHarness DeskSendingTo(SmtpServerProcess server) => new(Portal, mailer: time => MailerFor(server, time));

    private OutcomeMailer MailerFor(SmtpServerProcess server, FakeTimeProvider time)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options(server.Port));
        return new OutcomeMailer(new VolunteersContexts(Portal.Services.GetRequiredService<IDbContextFactory<VolunteersDbContext>>()), new SmtpMailSender(options), options, time, NullLogger<OutcomeMailer>.Instance);
    }

    [Fact]
    public async Task The_accepted_applicant_gets_the_invitation_link_the_rejected_one_the_reason_and_one_without_an_address_nothing()
    {
        using var server = new SmtpServerProcess();
        await server.StartAsync();
        var desk = DeskSendingTo(server);
        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);

        var acceptedApplication = VolunteerHarness.Application();
        var accepted = await desk.ApplyAsync(acceptedApplication);
        await desk.Vetting.StartReviewAsync(coordinator, accepted.VolunteerId);
        var invitation = await desk.Vetting.AcceptAsync(coordinator, accepted.VolunteerId, "城关区一队", null);
        Assert.True(invitation.Succeeded);

        var rejectedApplication = VolunteerHarness.Application();
        var rejected = await desk.ApplyAsync(rejectedApplication);
        await desk.Vetting.StartReviewAsync(coordinator, rejected.VolunteerId);
        Assert.True((await desk.Vetting.RejectAsync(coordinator, rejected.VolunteerId, RejectionReason.BackgroundCheckFailed)).Succeeded);

        var silent = await desk.ApplyAsync(VolunteerHarness.Application() with { Email = null });
        await desk.Vetting.StartReviewAsync(coordinator, silent.VolunteerId);
        Assert.True((await desk.Vetting.RejectAsync(coordinator, silent.VolunteerId, RejectionReason.Incomplete)).Succeeded);
        Assert.Empty(await MailsOfAsync(silent.VolunteerId));

        while (await desk.Mailer.SendDueAsync() > 0)
        {
        }

        var welcome = Assert.Single(server.Received(), m => m.To.Mailboxes.Single().Address == acceptedApplication.Email);
        Assert.Contains(accepted.Reference, welcome.Subject, StringComparison.Ordinal);
        Assert.Contains("已通过审核", welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains("has been accepted", welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains(PortalAddress + invitation.Value, welcome.TextBody, StringComparison.Ordinal);
        Assert.Equal("noreply@fanguai.example.gov.cn", welcome.From.Mailboxes.Single().Address);

        var refusal = Assert.Single(server.Received(), m => m.To.Mailboxes.Single().Address == rejectedApplication.Email);
        Assert.Contains("未通过背景审查", refusal.TextBody, StringComparison.Ordinal);
        Assert.Contains("background check was not passed", refusal.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("accept-invitation", refusal.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, server.Received().Count(m => m.To.Mailboxes.Single().Address is { } to && (to == acceptedApplication.Email || to == rejectedApplication.Email)));
        Assert.NotNull(Assert.Single(await MailsOfAsync(accepted.VolunteerId)).SentAt);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_delays_the_mail_and_two_senders_deliver_it_once()
    {
        using var server = new SmtpServerProcess();
        var desk = DeskSendingTo(server);
        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);
        var application = VolunteerHarness.Application();
        var applicant = await desk.ApplyAsync(application);
        await desk.Vetting.StartReviewAsync(coordinator, applicant.VolunteerId);
        Assert.True((await desk.Vetting.RejectAsync(coordinator, applicant.VolunteerId, RejectionReason.NoSuitableRole)).Succeeded);

        // The server is not running: the decision stands, the mail waits with a later attempt.
        Assert.Equal(0, await SendMineAsync(desk.Mailer, applicant.VolunteerId));
        var waiting = Assert.Single(await MailsOfAsync(applicant.VolunteerId));
        Assert.Null(waiting.SentAt);
        Assert.Equal(1, waiting.Attempts);
        Assert.True(waiting.NextAttemptAt > desk.Time.GetUtcNow());
        Assert.Equal(VolunteerStatus.Rejected, (await desk.StoredAsync(applicant.VolunteerId)).Status);

        // Not due yet even with the server back; once due, two nodes racing hand it over once.
        await server.StartAsync();
        Assert.Equal(0, await SendMineAsync(desk.Mailer, applicant.VolunteerId));
        desk.Time.Advance(TimeSpan.FromMinutes(2));
        var second = MailerFor(server, desk.Time);
        await Task.WhenAll(desk.Mailer.SendDueAsync(), second.SendDueAsync());
        Assert.Single(server.Received(), m => m.To.Mailboxes.Single().Address == application.Email);
        Assert.NotNull(Assert.Single(await MailsOfAsync(applicant.VolunteerId)).SentAt);
    }

    [Fact]
    public void Mail_settings_are_checked_at_start_up()
    {
        var validator = Portal.Services.GetRequiredService<IEnumerable<IValidateOptions<MailOptions>>>().Single(validator => validator is not AnnotatedOptionsValidator<MailOptions>);
        Assert.True(validator.Validate(null, new MailOptions()).Succeeded);
        var noHost = Options(25);
        noHost.Host = null;
        Assert.Contains("Mail:Host", validator.Validate(null, noHost).FailureMessage, StringComparison.Ordinal);
        var noLinkBase = Options(25);
        noLinkBase.PublicBaseUrl = "fanguai.example.gov.cn";
        Assert.Contains("Mail:PublicBaseUrl", validator.Validate(null, noLinkBase).FailureMessage, StringComparison.Ordinal);
        var badSecurity = Options(25);
        badSecurity.Security = "Tls13";
        Assert.Contains("Mail:Security", validator.Validate(null, badSecurity).FailureMessage, StringComparison.Ordinal);
    }

    /// <summary>Sends due mails until none is left, counting only this test's applicant (the database is shared by the class).</summary>
    private async Task<int> SendMineAsync(OutcomeMailer mailer, Guid volunteerId)
    {
        var before = (await MailsOfAsync(volunteerId)).Count(m => m.SentAt is not null);
        while (await mailer.SendDueAsync() > 0)
        {
        }

        return (await MailsOfAsync(volunteerId)).Count(m => m.SentAt is not null) - before;
    }

    private async Task<List<OutcomeMail>> MailsOfAsync(Guid volunteerId)
    {
        await using var context = await Portal.Services.GetRequiredService<IDbContextFactory<VolunteersDbContext>>().CreateDbContextAsync();
        return await context.Set<OutcomeMail>().AsNoTracking().Where(m => m.VolunteerId == volunteerId).ToListAsync();
    }
}

public sealed class SqliteOutcomeMailTests(PortalFactory portal) : OutcomeMailTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresOutcomeMailTests(PostgresPortalFixture fixture) : OutcomeMailTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
