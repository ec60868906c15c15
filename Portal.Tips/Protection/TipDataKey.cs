using System.Security.Cryptography;

namespace Portal.Tips.Protection;

/// <summary>
/// Each tip gets its own random 256-bit data key, so one tip's key opens nothing else and the key can later be
/// sealed to the routing unit's public keys without touching other tips.
/// </summary>
internal static class TipDataKey
{
    public const int SizeInBytes = KeyMaterial.KeySizeInBytes;

    public static byte[] Generate() => RandomNumberGenerator.GetBytes(SizeInBytes);

    internal static void EnsureSize(ReadOnlySpan<byte> dataKey, string parameterName)
    {
        // AesGcm would quietly accept a 16- or 24-byte key; the design says AES-256.
        if (dataKey.Length != SizeInBytes)
        {
            throw new ArgumentException($"A tip data key is {SizeInBytes} bytes; this one is {dataKey.Length}.", parameterName);
        }
    }
}
