using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Identity;

/// <summary>
/// Checks authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, six digits) and accepts each one once: the step of
/// the last accepted code is kept on the user, and that step and older ones are refused, so a code read over a
/// shoulder or from a phishing page cannot be used again. One step either side allows for a phone's clock.
/// </summary>
internal sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string Name = "PortalAuthenticator";
    private const int StepSeconds = 30;
    private const int Drift = 1;

    /// <summary>Codes come from the user's app, never from the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult("");

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (token is not { Length: 6 } || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var secret = Base32.Decode(key);
        var current = time.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        for (var step = Math.Max(current - Drift, user.LastAuthenticatorTimeStep + 1); step <= current + Drift; step++)
        {
            if (CodeAt(secret, step) == code)
            {
                user.LastAuthenticatorTimeStep = step;
                // A concurrency failure means another request used a code for this user meanwhile: refuse this one.
                return (await manager.UpdateAsync(user)).Succeeded;
            }
        }

        return false;
    }

    internal static int CodeAt(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; its strength here rests on the key, not on collisions.
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7fffffff;
        return binary % 1_000_000;
    }

    private static class Base32
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        public static byte[] Decode(string text)
        {
            var output = new List<byte>(text.Length * 5 / 8);
            int buffer = 0, bits = 0;
            foreach (var character in text.ToUpperInvariant())
            {
                var value = Alphabet.IndexOf(character, StringComparison.Ordinal);
                if (value < 0)
                {
                    continue; // padding, spaces
                }

                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8)
                {
                    bits -= 8;
                    output.Add((byte)(buffer >> bits));
                    buffer &= (1 << bits) - 1;
                }
            }

            return [.. output];
        }
    }
}
