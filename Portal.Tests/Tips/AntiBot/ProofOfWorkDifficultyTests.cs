using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Tips.AntiBot;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.AntiBot;

/// <summary>The proof of work gets harder while unverified submissions climb and easier again as they age, on a fake clock.</summary>
[UnitTest]
public sealed class ProofOfWorkDifficultyTests
{
    private readonly FakeTimeProvider clock = Altcha.ClockBeforeExpiry();

    private static IOptions<AntiBotOptions> Settings(int step = 3, int highest = 4_000) => Options.Create(new AntiBotOptions
    {
        HmacKey = Altcha.HmacKey,
        MaxNumber = 1_000,
        Escalation = { Step = step, Window = TimeSpan.FromMinutes(10), HighestMaxNumber = highest },
    });

    private static async Task RecordAsync(ProofOfWorkDifficulty difficulty, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await difficulty.RecordUnverifiedAsync();
        }
    }

    [Fact]
    public async Task Every_step_of_unverified_submissions_doubles_the_difficulty_up_to_the_highest()
    {
        var difficulty = new ProofOfWorkDifficulty(clock, Settings());
        var issuer = new AltchaChallengeIssuer(clock, Settings(), difficulty);
        Assert.Equal(1_000, (await issuer.IssueAsync()).MaxNumber);

        await RecordAsync(difficulty, 2);
        Assert.Equal(1_000, await difficulty.CurrentMaxNumberAsync());
        await RecordAsync(difficulty, 1);
        Assert.Equal(2_000, await difficulty.CurrentMaxNumberAsync());
        await RecordAsync(difficulty, 3);
        Assert.Equal(4_000, (await issuer.IssueAsync()).MaxNumber);
        await RecordAsync(difficulty, 30);
        Assert.Equal(4_000, await difficulty.CurrentMaxNumberAsync());
    }

    [Fact]
    public async Task The_difficulty_falls_back_as_the_unverified_submissions_leave_the_window()
    {
        var difficulty = new ProofOfWorkDifficulty(clock, Settings());
        await RecordAsync(difficulty, 3);
        clock.Advance(TimeSpan.FromMinutes(5));
        await RecordAsync(difficulty, 3);
        Assert.Equal(4_000, await difficulty.CurrentMaxNumberAsync());

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(61));
        Assert.Equal(2_000, await difficulty.CurrentMaxNumberAsync());

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1_000, await difficulty.CurrentMaxNumberAsync());
    }

    [Fact]
    public async Task A_challenge_issued_at_a_raised_difficulty_is_solved_and_verified_like_any_other()
    {
        var settings = Settings();
        var difficulty = new ProofOfWorkDifficulty(clock, settings);
        await RecordAsync(difficulty, 6);
        var challenge = await new AltchaChallengeIssuer(clock, settings, difficulty).IssueAsync();

        var verdict = await new AltchaVerifier(clock, settings, new MemorySpentChallengeStore()).VerifyAsync(Altcha.Solve(challenge), CancellationToken.None);

        Assert.Equal(4_000, challenge.MaxNumber);
        Assert.Equal(ProofOfWorkResult.Valid, verdict);
    }

    [Fact]
    public async Task Turned_off_the_difficulty_stays_where_it_is_configured()
    {
        var settings = Settings();
        settings.Value.Escalation.Enabled = false;
        var difficulty = new ProofOfWorkDifficulty(clock, settings);

        await RecordAsync(difficulty, 100);

        Assert.Equal(1_000, await difficulty.CurrentMaxNumberAsync());
    }

    [Theory]
    [InlineData(500, 30, "HighestMaxNumber")]
    [InlineData(20_000_000, 30, "HighestMaxNumber")]
    [InlineData(4_000, 0, "Step")]
    public void Escalation_settings_out_of_bounds_stop_start_up(int highest, int step, string named)
    {
        var failures = new AntiBotOptionsValidator().Validate(null, Settings(step, highest).Value);

        Assert.True(failures.Failed);
        Assert.Contains($"Tips:AntiBot:Escalation:{named}", failures.FailureMessage, StringComparison.Ordinal);
    }
}
