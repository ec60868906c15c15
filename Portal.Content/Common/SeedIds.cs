using System.Security.Cryptography;
using System.Text;

namespace Portal.Content.Common;

/// <summary>
/// Stable ids for reference data seeded at start-up (departments, terms): the same key gives the same id on every
/// installation and provider, so migrations and other modules can refer to a seeded row by key or id.
/// </summary>
public static class SeedIds
{
    public static Guid For(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"portal.content/{kind}/{key}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // RFC 4122 layout bits (name-based), so the id reads as a normal GUID
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
