using System.Text;
using Microsoft.Extensions.Time.Testing;
using Portal.Tips.AntiBot;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.AntiBot;

/// <summary>Each verification step of the anti-bot guide, with its test vector and the attacks it lists.</summary>
[IntegrationTest]
public sealed class AltchaVerifierTests
{
    private readonly FakeTimeProvider clock = Altcha.ClockBeforeExpiry();

    private AltchaVerifier Verifier(ISpentChallengeStore? store = null) =>
        new(clock, Altcha.Options(), store ?? new MemorySpentChallengeStore());

    [Fact]
    public async Task The_guides_test_vector_is_valid_before_it_expires()
    {
        Assert.Equal(ProofOfWorkResult.Valid, await Verifier().VerifyAsync(Altcha.Payload(), CancellationToken.None));
    }

    [Fact]
    public async Task The_splice_attack_moving_a_digit_from_the_number_into_the_salt_is_rejected()
    {
        var spliced = Altcha.Payload(salt: Altcha.Salt + "1", number: 2345);

        Assert.Equal(ProofOfWorkResult.BadSignature, await Verifier().VerifyAsync(spliced, CancellationToken.None));
    }

    [Fact]
    public async Task A_salt_whose_expiry_has_passed_is_rejected()
    {
        clock.SetUtcNow(DateTimeOffset.FromUnixTimeSeconds(Altcha.Expires));

        Assert.Equal(ProofOfWorkResult.Expired, await Verifier().VerifyAsync(Altcha.Payload(), CancellationToken.None));
    }

    [Fact]
    public async Task A_changed_signature_is_rejected()
    {
        var forged = Altcha.Payload(signature: "0" + Altcha.Signature[1..]);

        Assert.Equal(ProofOfWorkResult.BadSignature, await Verifier().VerifyAsync(forged, CancellationToken.None));
    }

    [Fact]
    public async Task A_wrong_number_is_rejected()
    {
        Assert.Equal(ProofOfWorkResult.BadSignature, await Verifier().VerifyAsync(Altcha.Payload(number: 12346), CancellationToken.None));
    }

    [Fact]
    public async Task A_challenge_signed_with_another_key_is_rejected()
    {
        var verifier = new AltchaVerifier(clock, Microsoft.Extensions.Options.Options.Create(new AntiBotOptions { HmacKey = "another-key" }), new MemorySpentChallengeStore());

        Assert.Equal(ProofOfWorkResult.BadSignature, await verifier.VerifyAsync(Altcha.Payload(), CancellationToken.None));
    }

    [Fact]
    public async Task A_replayed_solution_is_rejected_by_the_database_store()
    {
        using var database = await SqliteTipsHarness.CreateAsync();
        var verifier = Verifier(new DatabaseSpentChallengeStore(database, clock));

        Assert.Equal(ProofOfWorkResult.Valid, await verifier.VerifyAsync(Altcha.Payload(), CancellationToken.None));
        Assert.Equal(ProofOfWorkResult.Replayed, await verifier.VerifyAsync(Altcha.Payload(), CancellationToken.None));
    }

    [Theory]
    [InlineData("SHA-512")]
    [InlineData("SHA-1")]
    [InlineData("sha-256")]
    public async Task Another_algorithm_is_rejected(string algorithm)
    {
        Assert.Equal(ProofOfWorkResult.WrongAlgorithm, await Verifier().VerifyAsync(Altcha.Payload(algorithm: algorithm), CancellationToken.None));
    }

    [Theory]
    [InlineData("0123456789abcdef01234567")]
    [InlineData("0123456789abcdef01234567&")]
    [InlineData("0123456789abcdef01234567?expire=1999999999&")]
    [InlineData("0123456789abcdef01234567?expires=&")]
    [InlineData("0123456789abcdef01234567?expires=-1&")]
    public async Task A_salt_without_an_expiry_is_rejected_not_passed(string salt)
    {
        // Correctly signed and solved, so the expiry is the only thing wrong.
        var challenge = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes((salt.EndsWith('&') ? salt : salt + "&") + "7")));
        var signature = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(Altcha.HmacKey), Encoding.UTF8.GetBytes(challenge)));

        var payload = Altcha.Payload(challenge: challenge, number: 7, salt: salt, signature: signature);

        Assert.Equal(ProofOfWorkResult.MissingExpiry, await Verifier().VerifyAsync(payload, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task No_payload_is_missing(string? payload)
    {
        Assert.Equal(ProofOfWorkResult.Missing, await Verifier().VerifyAsync(payload, CancellationToken.None));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("eyJhbGdvcml0aG0iOi")]
    public async Task A_payload_that_is_not_base64_is_malformed(string payload)
    {
        Assert.Equal(ProofOfWorkResult.Malformed, await Verifier().VerifyAsync(payload, CancellationToken.None));
    }

    [Theory]
    [InlineData("{\"algorithm\":\"SHA-256\",")]
    [InlineData("[1,2,3]")]
    [InlineData("\"SHA-256\"")]
    [InlineData("{\"algorithm\":\"SHA-256\",\"challenge\":\"abc\",\"salt\":\"s?expires=1999999999&\",\"signature\":\"def\"}")]
    [InlineData("{\"algorithm\":\"SHA-256\",\"challenge\":\"abc\",\"number\":\"12345\",\"salt\":\"s?expires=1999999999&\",\"signature\":\"def\"}")]
    [InlineData("{\"algorithm\":\"SHA-256\",\"challenge\":\"abc\",\"number\":1.5,\"salt\":\"s?expires=1999999999&\",\"signature\":\"def\"}")]
    [InlineData("{\"algorithm\":\"SHA-256\",\"challenge\":null,\"number\":1,\"salt\":\"s?expires=1999999999&\",\"signature\":\"def\"}")]
    public async Task A_payload_that_is_not_the_expected_json_is_malformed(string json)
    {
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

        Assert.Equal(ProofOfWorkResult.Malformed, await Verifier().VerifyAsync(payload, CancellationToken.None));
    }

    [Fact]
    public async Task An_oversized_payload_is_malformed_without_being_decoded()
    {
        var payload = Convert.ToBase64String(new byte[10_000]);

        Assert.Equal(ProofOfWorkResult.Malformed, await Verifier().VerifyAsync(payload, CancellationToken.None));
    }
}
