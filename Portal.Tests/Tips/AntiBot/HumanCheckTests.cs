using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tips.AntiBot;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.AntiBot;

/// <summary>How reCAPTCHA and the proof of work combine, and what happens without JavaScript.</summary>
[IntegrationTest]
public sealed class HumanCheckTests : IAsyncLifetime
{
    private FakeSiteVerify siteVerify = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        siteVerify = await FakeSiteVerify.StartAsync();
        services = AntiBotServices.Build(AntiBotServices.Settings(siteVerify.Url), Altcha.ClockBeforeExpiry());
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await siteVerify.DisposeAsync();
    }

    private HumanCheck Check => services.GetRequiredService<HumanCheck>();

    private string SolvedPayload() => Altcha.Solve(services.GetRequiredService<AltchaChallengeIssuer>().Issue());

    private void SiteVerifyIsDown() => siteVerify.Respond = context =>
    {
        context.Response.StatusCode = StatusCodes.Status502BadGateway;
        return Task.CompletedTask;
    };

    [Fact]
    public async Task A_passing_recaptcha_token_is_verified()
    {
        var outcome = await Check.CheckAsync(null, "the-token", CancellationToken.None);

        Assert.Equal(new HumanCheckOutcome(Verified: true, JavaScriptAbsent: false, ProofOfWork: null, Recaptcha: RecaptchaResult.Passed), outcome);
    }

    [Fact]
    public async Task A_failing_recaptcha_token_is_not_verified_even_with_a_proof_of_work()
    {
        siteVerify.Respond = FakeSiteVerify.Json(FakeSiteVerify.Answer(score: 0.1));

        var outcome = await Check.CheckAsync(SolvedPayload(), "the-token", CancellationToken.None);

        Assert.False(outcome.Verified);
        Assert.Equal(RecaptchaResult.LowScore, outcome.Recaptcha);
    }

    [Fact]
    public async Task Unavailable_recaptcha_falls_back_to_a_valid_proof_of_work()
    {
        SiteVerifyIsDown();

        var outcome = await Check.CheckAsync(SolvedPayload(), "the-token", CancellationToken.None);

        Assert.Equal(new HumanCheckOutcome(Verified: true, JavaScriptAbsent: false, ProofOfWorkResult.Valid, RecaptchaResult.Unavailable), outcome);
    }

    [Fact]
    public async Task Unavailable_recaptcha_without_a_proof_of_work_never_silently_passes()
    {
        SiteVerifyIsDown();

        var outcome = await Check.CheckAsync(null, "the-token", CancellationToken.None);

        Assert.Equal(new HumanCheckOutcome(Verified: false, JavaScriptAbsent: false, ProofOfWorkResult.Missing, RecaptchaResult.Unavailable), outcome);
    }

    [Fact]
    public async Task Without_a_token_the_proof_of_work_decides()
    {
        var outcome = await Check.CheckAsync(SolvedPayload(), null, CancellationToken.None);

        Assert.Equal(new HumanCheckOutcome(Verified: true, JavaScriptAbsent: false, ProofOfWorkResult.Valid, Recaptcha: null), outcome);
        Assert.False(siteVerify.FirstRequestBody.IsCompleted);
    }

    [Fact]
    public async Task A_bad_proof_of_work_is_not_verified_and_says_why()
    {
        var outcome = await Check.CheckAsync(Altcha.Payload(), null, CancellationToken.None);

        Assert.Equal(new HumanCheckOutcome(Verified: false, JavaScriptAbsent: false, ProofOfWorkResult.BadSignature, Recaptcha: null), outcome);
    }

    [Fact]
    public async Task Neither_a_proof_of_work_nor_a_token_means_the_browser_had_no_javascript()
    {
        var outcome = await Check.CheckAsync(null, " ", CancellationToken.None);

        Assert.Equal(new HumanCheckOutcome(Verified: false, JavaScriptAbsent: true, ProofOfWork: null, Recaptcha: null), outcome);
    }

    [Fact]
    public async Task With_recaptcha_disabled_a_token_is_ignored_and_the_proof_of_work_decides()
    {
        var settings = AntiBotServices.Settings(siteVerify.Url);
        settings["Tips:AntiBot:Recaptcha:Enabled"] = "false";
        await using var disabled = AntiBotServices.Build(settings, Altcha.ClockBeforeExpiry());

        var outcome = await disabled.GetRequiredService<HumanCheck>().CheckAsync(null, "the-token", CancellationToken.None);

        Assert.Equal(new HumanCheckOutcome(Verified: false, JavaScriptAbsent: false, ProofOfWorkResult.Missing, Recaptcha: null), outcome);
        Assert.False(siteVerify.FirstRequestBody.IsCompleted);
    }

    [Fact]
    public async Task Unverified_and_failed_checks_raise_the_next_challenges_difficulty_and_verified_ones_do_not()
    {
        var issuer = services.GetRequiredService<AltchaChallengeIssuer>();
        for (var i = 0; i < 40; i++)
        {
            await Check.CheckAsync(SolvedPayload(), null, CancellationToken.None);
        }

        Assert.Equal(1_000, (await issuer.IssueAsync()).MaxNumber);

        for (var i = 0; i < 30; i++)
        {
            await Check.CheckAsync(i % 2 == 0 ? null : Altcha.Payload(), null, CancellationToken.None);
        }

        Assert.Equal(2_000, (await issuer.IssueAsync()).MaxNumber);
    }
}
