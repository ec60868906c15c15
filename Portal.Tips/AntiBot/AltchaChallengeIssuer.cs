using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Portal.Tips.AntiBot;

/// <summary>
/// Issues proof-of-work challenges for the tip form. Nothing is stored per challenge: the expiry travels in the
/// signed salt, so any web node can verify what another issued. The verifier does not need the difficulty: any
/// number that solves a signed, fresh challenge is accepted.
/// </summary>
public sealed class AltchaChallengeIssuer(TimeProvider time, IOptions<AntiBotOptions> options, ProofOfWorkDifficulty? difficulty = null)
{
    private const int SaltBytes = 12;

    /// <summary>A challenge at the difficulty of the moment (<see cref="ProofOfWorkDifficulty"/>).</summary>
    public async Task<AltchaChallenge> IssueAsync() =>
        Issue(difficulty is null ? options.Value.MaxNumber : await difficulty.CurrentMaxNumberAsync());

    /// <summary>A challenge at the configured base difficulty.</summary>
    public AltchaChallenge Issue() => Issue(options.Value.MaxNumber);

    private AltchaChallenge Issue(int maxNumber)
    {
        var settings = options.Value;
        var expires = time.GetUtcNow().Add(settings.ChallengeLifetime).ToUnixTimeSeconds();

        // The trailing '&' ends the salt, so digits cannot be moved from the number into it (the splice attack).
        var salt = string.Create(CultureInfo.InvariantCulture, $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SaltBytes))}?expires={expires}&");
        var number = RandomNumberGenerator.GetInt32(1, maxNumber + 1);
        var challenge = AltchaCrypto.Challenge(salt, number);
        return new AltchaChallenge(AltchaCrypto.Algorithm, challenge, maxNumber, salt, AltchaCrypto.Signature(settings.HmacKey, challenge));
    }
}
