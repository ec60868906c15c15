using System.Text;
using NSec.Cryptography;

namespace Portal.Tips.Sealing;

/// <summary>
/// An officer's own X25519 key pair. Unit keys are sealed to its public key, so a colleague can give a joining officer
/// the unit's key with nothing but the newcomer's public key. The private key is kept only wrapped under a key derived
/// from the officer's password with Argon2id: the server opens it at sign-in, when it has the password, and at no
/// other time. A password change re-wraps it (the old password is known then); a password reset by an administrator
/// cannot, so the officer is given the unit keys again by a member, as on joining.
/// </summary>
public sealed record MemberKey(byte[] PublicKey, byte[] Salt, MemberKeyCost Cost, byte[] WrappedPrivateKey)
{
    private static readonly byte[] Context = "gansu-portal/member-key/v1"u8.ToArray();

    public static MemberKey Create(string password, MemberKeyCost? cost = null)
    {
        using var key = Key.Create(KeyAgreementAlgorithm.X25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        return Wrap(key, password, cost ?? MemberKeyCost.Default);
    }

    /// <summary>The private key, for this sign-in only, or null when the password is not the one it was wrapped under.</summary>
    public Key? Unlock(string password)
    {
        using var wrapping = Derive(password, Salt, Cost);
        var privateKey = new byte[32];
        if (WrappedPrivateKey.Length != privateKey.Length + 16
            || !AeadAlgorithm.ChaCha20Poly1305.Decrypt(wrapping, new byte[12], Context, WrappedPrivateKey, privateKey))
        {
            return null;
        }

        try
        {
            return Key.Import(KeyAgreementAlgorithm.X25519, privateKey, KeyBlobFormat.RawPrivateKey, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        }
        finally
        {
            Array.Clear(privateKey);
        }
    }

    /// <summary>The same key pair under a new password, or null when <paramref name="oldPassword"/> is wrong.</summary>
    public MemberKey? Rewrap(string oldPassword, string newPassword)
    {
        using var key = Unlock(oldPassword);
        return key is null ? null : Wrap(key, newPassword, Cost);
    }

    private static MemberKey Wrap(Key key, string password, MemberKeyCost cost)
    {
        var salt = System.Security.Cryptography.RandomNumberGenerator.GetBytes(16);
        using var wrapping = Derive(password, salt, cost);
        var privateKey = key.Export(KeyBlobFormat.RawPrivateKey);
        try
        {
            // A fresh salt makes a fresh wrapping key each time, so the fixed nonce is never reused under one key.
            var wrapped = AeadAlgorithm.ChaCha20Poly1305.Encrypt(wrapping, new byte[12], Context, privateKey);
            return new MemberKey(key.PublicKey.Export(KeyBlobFormat.RawPublicKey), salt, cost, wrapped);
        }
        finally
        {
            Array.Clear(privateKey);
        }
    }

    private static Key Derive(string password, byte[] salt, MemberKeyCost cost)
    {
        ArgumentNullException.ThrowIfNull(password);
        var argon = PasswordBasedKeyDerivationAlgorithm.Argon2id(new Argon2Parameters
        {
            DegreeOfParallelism = 1,
            MemorySize = cost.MemoryKiB,
            NumberOfPasses = cost.Passes,
        });
        return argon.DeriveKey(Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormKC)), salt, AeadAlgorithm.ChaCha20Poly1305);
    }
}

/// <summary>Argon2id's cost, stored with each wrapped key so that raising the default later leaves old keys readable.</summary>
public sealed record MemberKeyCost(int MemoryKiB, int Passes)
{
    /// <summary>64 MiB and 3 passes (RFC 9106's second recommendation): about a tenth of a second at sign-in.</summary>
    public static MemberKeyCost Default { get; } = new(64 * 1024, 3);
}
