using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tips.AntiBot;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.AntiBot;

/// <summary>reCAPTCHA v3's acceptance rules, against a local fake siteverify endpoint.</summary>
[IntegrationTest]
public sealed class RecaptchaVerifierTests : IAsyncLifetime
{
    private FakeSiteVerify siteVerify = null!;

    public async Task InitializeAsync() => siteVerify = await FakeSiteVerify.StartAsync();

    public async Task DisposeAsync() => await siteVerify.DisposeAsync();

    private async Task<RecaptchaResult> VerifyAsync(object? answer = null, TimeSpan? timeout = null)
    {
        if (answer is not null)
        {
            siteVerify.Respond = FakeSiteVerify.Json(answer);
        }

        await using var services = AntiBotServices.Build(AntiBotServices.Settings(siteVerify.Url, timeout), Altcha.ClockBeforeExpiry());
        return await services.GetRequiredService<RecaptchaVerifier>().VerifyAsync("the-token", CancellationToken.None);
    }

    [Fact]
    public async Task A_successful_token_for_our_host_and_action_with_a_good_score_passes()
    {
        Assert.Equal(RecaptchaResult.Passed, await VerifyAsync(FakeSiteVerify.Answer()));
    }

    [Fact]
    public async Task The_score_threshold_is_inclusive()
    {
        Assert.Equal(RecaptchaResult.Passed, await VerifyAsync(FakeSiteVerify.Answer(score: 0.5)));
    }

    [Fact]
    public async Task An_unsuccessful_token_fails()
    {
        Assert.Equal(RecaptchaResult.Failed, await VerifyAsync(FakeSiteVerify.Answer(success: false)));
    }

    [Fact]
    public async Task An_expired_or_reused_token_fails()
    {
        Assert.Equal(RecaptchaResult.Failed, await VerifyAsync(FakeSiteVerify.Answer(success: false, errorCodes: ["timeout-or-duplicate"])));
    }

    [Fact]
    public async Task A_token_from_another_host_is_rejected()
    {
        Assert.Equal(RecaptchaResult.WrongHostname, await VerifyAsync(FakeSiteVerify.Answer(hostname: "phishing.example.com")));
    }

    [Fact]
    public async Task A_token_for_another_action_is_rejected()
    {
        Assert.Equal(RecaptchaResult.WrongAction, await VerifyAsync(FakeSiteVerify.Answer(action: "login")));
    }

    [Fact]
    public async Task A_low_score_is_rejected()
    {
        Assert.Equal(RecaptchaResult.LowScore, await VerifyAsync(FakeSiteVerify.Answer(score: 0.3)));
    }

    [Fact]
    public async Task A_siteverify_slower_than_the_timeout_is_unavailable()
    {
        siteVerify.Respond = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            await FakeSiteVerify.Json(FakeSiteVerify.Answer())(context);
        };

        var started = TimeProvider.System.GetTimestamp();
        Assert.Equal(RecaptchaResult.Unavailable, await VerifyAsync(timeout: TimeSpan.FromMilliseconds(300)));
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_siteverify_error_status_is_unavailable()
    {
        siteVerify.Respond = context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        };

        Assert.Equal(RecaptchaResult.Unavailable, await VerifyAsync());
    }

    [Fact]
    public async Task A_siteverify_answer_that_is_not_json_is_unavailable()
    {
        siteVerify.Respond = context => context.Response.WriteAsync("<html>blocked</html>", context.RequestAborted);

        Assert.Equal(RecaptchaResult.Unavailable, await VerifyAsync());
    }

    [Fact]
    public async Task An_unreachable_siteverify_is_unavailable()
    {
        await using var services = AntiBotServices.Build(AntiBotServices.Settings(new Uri("http://127.0.0.1:9/recaptcha/api/siteverify")), Altcha.ClockBeforeExpiry());

        Assert.Equal(RecaptchaResult.Unavailable, await services.GetRequiredService<RecaptchaVerifier>().VerifyAsync("the-token", CancellationToken.None));
    }

    [Fact]
    public async Task A_rejected_secret_is_our_fault_and_falls_back_as_unavailable()
    {
        Assert.Equal(RecaptchaResult.Unavailable, await VerifyAsync(FakeSiteVerify.Answer(success: false, errorCodes: ["invalid-input-secret"])));
    }

    [Fact]
    public async Task Only_the_secret_and_the_token_are_posted_never_the_reporters_address()
    {
        await VerifyAsync(FakeSiteVerify.Answer());

        var form = QueryHelpers.ParseQuery(await siteVerify.FirstRequestBody);
        Assert.Equal(["response", "secret"], form.Keys.Order());
        Assert.Equal("the-secret", form["secret"]);
        Assert.Equal("the-token", form["response"]);
        Assert.DoesNotContain("remoteip", await siteVerify.FirstRequestBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_missing_token_fails_without_asking_siteverify()
    {
        await using var services = AntiBotServices.Build(AntiBotServices.Settings(siteVerify.Url), Altcha.ClockBeforeExpiry());

        Assert.Equal(RecaptchaResult.Failed, await services.GetRequiredService<RecaptchaVerifier>().VerifyAsync(null, CancellationToken.None));
        Assert.False(siteVerify.FirstRequestBody.IsCompleted);
    }
}
