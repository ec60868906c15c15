using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Portal.Tests.Reporting.Pages;

/// <summary>Does what pow.js does in a browser: finds the number behind a challenge and builds the payload.</summary>
public static class ProofOfWorkSolver
{
    public static string Solve(string challengeJson)
    {
        using var document = JsonDocument.Parse(challengeJson);
        var root = document.RootElement;
        var salt = root.GetProperty("salt").GetString()!;
        var challenge = root.GetProperty("challenge").GetString()!;
        var max = root.GetProperty("maxnumber").GetInt32();
        for (var number = 0; number <= max; number++)
        {
            if (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + number))) == challenge)
            {
                var payload = JsonSerializer.Serialize(new
                {
                    algorithm = root.GetProperty("algorithm").GetString(),
                    challenge,
                    number,
                    salt,
                    signature = root.GetProperty("signature").GetString(),
                });
                return Convert.ToBase64String(Encoding.UTF8.GetBytes(payload));
            }
        }

        throw new InvalidOperationException("The challenge has no solution up to maxnumber.");
    }
}
