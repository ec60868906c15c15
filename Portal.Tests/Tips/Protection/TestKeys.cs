using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Tips.Protection;

namespace Portal.Tests.Tips.Protection;

/// <summary>Fresh random keys per test run; the same version number gets the same key across providers.</summary>
internal static class TestKeys
{
    public static readonly string Kek1 = NewKey();
    public static readonly string Kek2 = NewKey();
    public static readonly string HashKey = NewKey();

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static TipKeyOptions Options(int currentVersion = 1, bool withVersion2 = false, string? hashKey = null)
    {
        var options = new TipKeyOptions { CurrentVersion = currentVersion, HashKey = hashKey ?? HashKey, Versions = { ["1"] = Kek1 } };
        if (withVersion2)
        {
            options.Versions["2"] = Kek2;
        }

        return options;
    }

    public static KeyEncryptionKeyProvider Provider(TipKeyOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), new KeyRingLoader());
}
