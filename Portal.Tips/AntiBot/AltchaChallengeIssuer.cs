using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Portal.Tips.AntiBot;

/// <summary>
/// Issues proof-of-work challenges for the tip form. Nothing is stored per challenge: the expiry travels in the
/// signed salt, so any web node can verify what another issued.
/// </summary>
public sealed class AltchaChallengeIssuer(TimeProvider time, IOptions<AntiBotOptions> options)
{
    private const int SaltBytes = 12;

    public AltchaChallenge Issue()
    {
        var settings = options.Value;
        var expires = time.GetUtcNow().Add(settings.ChallengeLifetime).ToUnixTimeSeconds();

        // The trailing '&' ends the salt, so digits cannot be moved from the number into it (the splice attack).
        var salt = string.Create(CultureInfo.InvariantCulture, $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SaltBytes))}?expires={expires}&");
        var number = RandomNumberGenerator.GetInt32(1, settings.MaxNumber + 1);
        var challenge = AltchaCrypto.Challenge(salt, number);
        return new AltchaChallenge(AltchaCrypto.Algorithm, challenge, settings.MaxNumber, salt, AltchaCrypto.Signature(settings.HmacKey, challenge));
    }
}
