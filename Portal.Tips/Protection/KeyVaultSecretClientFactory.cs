using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Portal.Tips.Protection;

/// <summary>
/// Creates the Key Vault client for the AzureKeyVault key provider: the host's managed identity (or, on a
/// developer machine, <c>az login</c>) through <see cref="DefaultAzureCredential"/>; a user-assigned identity is
/// chosen with the <c>AZURE_CLIENT_ID</c> environment variable. Tests replace it to reach a local stand-in vault.
/// </summary>
internal class KeyVaultSecretClientFactory
{
    public virtual SecretClient Create(Uri vaultUri) => new(vaultUri, new DefaultAzureCredential(), ClientOptions());

    /// <summary>
    /// Few, short retries: the vault is read once at start-up, and an unreachable one should stop start-up within
    /// seconds with a message rather than after the SDK's default minutes of back-off.
    /// </summary>
    public static SecretClientOptions ClientOptions() => new()
    {
        Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(500), Mode = RetryMode.Fixed, NetworkTimeout = TimeSpan.FromSeconds(30) },
    };
}
