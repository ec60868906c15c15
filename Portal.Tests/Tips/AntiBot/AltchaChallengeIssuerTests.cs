using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Tips.AntiBot;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.AntiBot;

[UnitTest]
public sealed partial class AltchaChallengeIssuerTests
{
    [GeneratedRegex("^[0-9a-f]{24}\\?expires=(?<expires>[0-9]+)&$")]
    private static partial Regex SaltShape();

    [Fact]
    public void An_issued_challenge_has_the_documented_salt_shape_and_expires_after_the_lifetime()
    {
        var clock = Altcha.ClockBeforeExpiry();
        var issued = new AltchaChallengeIssuer(clock, Altcha.Options()).Issue();

        var match = SaltShape().Match(issued.Salt);
        Assert.True(match.Success, issued.Salt);
        Assert.Equal(clock.GetUtcNow().AddMinutes(20).ToUnixTimeSeconds(), long.Parse(match.Groups["expires"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("SHA-256", issued.Algorithm);
        Assert.Equal(200_000, issued.MaxNumber);
        Assert.Matches("^[0-9a-f]{64}$", issued.Challenge);
        Assert.Matches("^[0-9a-f]{64}$", issued.Signature);
    }

    [Fact]
    public void Two_issued_challenges_differ()
    {
        var issuer = new AltchaChallengeIssuer(Altcha.ClockBeforeExpiry(), Altcha.Options());

        Assert.NotEqual(issuer.Issue().Salt, issuer.Issue().Salt);
    }

    [Fact]
    public async Task An_issued_challenge_solved_by_brute_force_verifies_once()
    {
        var clock = Altcha.ClockBeforeExpiry();
        var options = Altcha.Options(maxNumber: 1000);
        var issued = new AltchaChallengeIssuer(clock, options).Issue();
        var verifier = new AltchaVerifier(clock, options, new MemorySpentChallengeStore());

        var payload = Altcha.Solve(issued);

        Assert.Equal(ProofOfWorkResult.Valid, await verifier.VerifyAsync(payload, CancellationToken.None));
        Assert.Equal(ProofOfWorkResult.Replayed, await verifier.VerifyAsync(payload, CancellationToken.None));
    }

    [Fact]
    public async Task An_issued_challenge_is_expired_once_its_lifetime_has_passed()
    {
        var clock = Altcha.ClockBeforeExpiry();
        var options = Altcha.Options(maxNumber: 1000);
        var payload = Altcha.Solve(new AltchaChallengeIssuer(clock, options).Issue());

        clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(ProofOfWorkResult.Expired, await new AltchaVerifier(clock, options, new MemorySpentChallengeStore()).VerifyAsync(payload, CancellationToken.None));
    }

    [Fact]
    public void The_json_for_the_page_uses_altchas_field_names()
    {
        var issued = new AltchaChallengeIssuer(Altcha.ClockBeforeExpiry(), Altcha.Options()).Issue();

        using var json = JsonDocument.Parse(issued.ToJson());
        var root = json.RootElement;
        Assert.Equal(["algorithm", "challenge", "maxnumber", "salt", "signature"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(issued.Salt, root.GetProperty("salt").GetString());
        Assert.Equal(issued.MaxNumber, root.GetProperty("maxnumber").GetInt32());
    }
}
