using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Portal.Tips.AntiBot;

/// <summary>
/// Checks a solved ALTCHA v1 payload (the <c>altcha</c> form field): every verification step of the anti-bot guide,
/// in order, so that nothing but a fresh, signed, solved, unused challenge is <see cref="ProofOfWorkResult.Valid"/>.
/// </summary>
public sealed class AltchaVerifier(TimeProvider time, IOptions<AntiBotOptions> options, ISpentChallengeStore spentChallenges)
{
    /// <summary>A real payload is about 300 characters; anything far larger is not worth decoding.</summary>
    private const int MaxPayloadLength = 4096;

    public async Task<ProofOfWorkResult> VerifyAsync(string? payload, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return ProofOfWorkResult.Missing;
        }

        if (!TryParse(payload, out var solution))
        {
            return ProofOfWorkResult.Malformed;
        }

        if (!string.Equals(solution.Algorithm, AltchaCrypto.Algorithm, StringComparison.Ordinal))
        {
            return ProofOfWorkResult.WrongAlgorithm;
        }

        var expires = ReadExpires(solution.Salt);
        if (expires is null)
        {
            return ProofOfWorkResult.MissingExpiry;
        }

        if (expires.Value <= time.GetUtcNow().ToUnixTimeSeconds())
        {
            return ProofOfWorkResult.Expired;
        }

        var salt = solution.Salt.EndsWith('&') ? solution.Salt : solution.Salt + "&";
        var expectedChallenge = AltchaCrypto.Challenge(salt, solution.Number);
        var expectedSignature = AltchaCrypto.Signature(options.Value.HmacKey, expectedChallenge);

        // Both comparisons always run ('&', not '&&') so the timing says nothing about which one failed.
        var matches = FixedTimeEquals(expectedChallenge, solution.Challenge) & FixedTimeEquals(expectedSignature, solution.Signature);
        if (!matches)
        {
            return ProofOfWorkResult.BadSignature;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expires.Value);
        return await spentChallenges.TryMarkSpentAsync(expectedChallenge, expiresAt, cancellationToken)
            ? ProofOfWorkResult.Valid
            : ProofOfWorkResult.Replayed;
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    /// <summary>
    /// The <c>expires</c> parameter of the salt's query part, in unix seconds; <see langword="null"/> when absent
    /// or not a plain number. Bounded so that <see cref="DateTimeOffset.FromUnixTimeSeconds"/> cannot throw.
    /// </summary>
    private static long? ReadExpires(string salt)
    {
        var query = salt.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return null;
        }

        foreach (var parameter in salt[(query + 1)..].Split('&'))
        {
            const string Name = "expires=";
            if (parameter.StartsWith(Name, StringComparison.Ordinal))
            {
                return long.TryParse(parameter.AsSpan(Name.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                       && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
                    ? seconds
                    : null;
            }
        }

        return null;
    }

    private static bool TryParse(string payload, out Solution solution)
    {
        solution = default;
        if (payload.Length > MaxPayloadLength)
        {
            return false;
        }

        var bytes = new byte[payload.Length];
        if (!Convert.TryFromBase64String(payload.Trim(), bytes, out var length))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory(0, length));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !TryGetString(root, "algorithm", out var algorithm)
                || !TryGetString(root, "challenge", out var challenge)
                || !TryGetString(root, "salt", out var salt)
                || !TryGetString(root, "signature", out var signature)
                || !root.TryGetProperty("number", out var numberElement)
                || numberElement.ValueKind != JsonValueKind.Number
                || !numberElement.TryGetInt64(out var number)
                || number < 0)
            {
                return false;
            }

            solution = new Solution(algorithm, challenge, number, salt, signature);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryGetString(JsonElement root, string name, out string value)
    {
        value = string.Empty;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = element.GetString()!;
        return true;
    }

    private readonly record struct Solution(string Algorithm, string Challenge, long Number, string Salt, string Signature);
}
