using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Portal.Rehearsal;

/// <summary>Does what wwwroot/js/pow.js does in the reporter's browser: finds the number behind the challenge.</summary>
internal static class ProofOfWork
{
    public static string Solve(string challengeJson)
    {
        using var document = JsonDocument.Parse(challengeJson);
        var root = document.RootElement;
        var salt = root.GetProperty("salt").GetString()!;
        var challenge = Convert.FromHexString(root.GetProperty("challenge").GetString()!);
        var max = root.GetProperty("maxnumber").GetInt32();
        Span<byte> hash = stackalloc byte[32];
        var prefix = Encoding.UTF8.GetBytes(salt);
        var buffer = new byte[prefix.Length + 12];
        prefix.CopyTo(buffer, 0);
        for (var number = 0; number <= max; number++)
        {
            number.TryFormat(buffer.AsSpan(prefix.Length), out var written, provider: CultureInfo.InvariantCulture);
            SHA256.HashData(buffer.AsSpan(0, prefix.Length + written), hash);
            if (hash.SequenceEqual(challenge))
            {
                var payload = JsonSerializer.Serialize(new
                {
                    algorithm = root.GetProperty("algorithm").GetString(),
                    challenge = root.GetProperty("challenge").GetString(),
                    number,
                    salt,
                    signature = root.GetProperty("signature").GetString(),
                });
                return Convert.ToBase64String(Encoding.UTF8.GetBytes(payload));
            }
        }

        throw new StepFailed("the proof-of-work challenge has no solution up to maxnumber");
    }
}
