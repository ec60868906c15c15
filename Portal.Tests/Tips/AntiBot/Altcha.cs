using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Tips.AntiBot;

namespace Portal.Tests.Tips.AntiBot;

/// <summary>The anti-bot guide's test vector and what a browser would post.</summary>
internal static class Altcha
{
    public const string HmacKey = "test-hmac-key";
    public const string Salt = "0123456789abcdef01234567?expires=1999999999&";
    public const int Number = 12345;
    public const string Challenge = "eef0ea3e36665a50e0ec8e71bda3fafebb5d7f467a5e6b6a1f54849dde679e66";
    public const string Signature = "330dc90727e85da8049b026fe93c43071e7b91a6b58b0ae8a2180c220691564d";
    public const long Expires = 1_999_999_999;

    /// <summary>A moment well before the test vector's salt expires.</summary>
    public static FakeTimeProvider ClockBeforeExpiry() => new(DateTimeOffset.FromUnixTimeSeconds(Expires - 600));

    public static IOptions<AntiBotOptions> Options(int maxNumber = 200_000) =>
        Microsoft.Extensions.Options.Options.Create(new AntiBotOptions { HmacKey = HmacKey, MaxNumber = maxNumber });

    /// <summary>base64(JSON) exactly as pow.js and the altcha widget post it.</summary>
    public static string Payload(string algorithm = "SHA-256", string challenge = Challenge, long number = Number, string salt = Salt, string signature = Signature) =>
        Base64Json(new Dictionary<string, object> { ["algorithm"] = algorithm, ["challenge"] = challenge, ["number"] = number, ["salt"] = salt, ["signature"] = signature });

    public static string Base64Json(object value) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(value));

    /// <summary>Finds the number the way the browser does: try every one up to maxnumber.</summary>
    public static string Solve(AltchaChallenge challenge)
    {
        for (var number = 0; number <= challenge.MaxNumber; number++)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(challenge.Salt + number)));
            if (hash == challenge.Challenge)
            {
                return Payload(challenge.Algorithm, challenge.Challenge, number, challenge.Salt, challenge.Signature);
            }
        }

        throw new InvalidOperationException("The challenge has no solution up to maxnumber.");
    }
}
