using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using Portal.Tips.Protection;

namespace Portal.Tests.Tips.Protection;

/// <summary>
/// The production client options with two test-only changes: every connection goes to the fake vault's loopback
/// port whatever host the vault address names (so the address, and the SDK's check that the challenge resource
/// matches it, stay as in Azure), and only the fake vault's own certificate is trusted. The credential stands in
/// for Entra ID, which does not run here; the fake vault records which scope it was asked for.
/// </summary>
internal sealed class LoopbackKeyVaultClients(FakeKeyVault vault, string token = FakeKeyVault.Token) : KeyVaultSecretClientFactory
{
    public override SecretClient Create(Uri vaultUri)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, vault.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == vault.Certificate.GetCertHashString();

        var options = ClientOptions();
        options.Transport = new HttpClientTransport(handler);
        return new SecretClient(vaultUri, new StaticCredential(vault, token), options);
    }

    private sealed class StaticCredential(FakeKeyVault vault, string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            foreach (var scope in requestContext.Scopes)
            {
                vault.RequestedScopes.Enqueue(scope);
            }

            return new AccessToken(token, TimeProvider.System.GetUtcNow().AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
