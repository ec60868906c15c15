using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Portal.Web.Identity;

namespace Portal.Tests.Infrastructure;

/// <summary>Builds users straight through Identity, the way the admin page or the demo seeding would.</summary>
public static class TestUsers
{
    /// <summary>The 30-second steps whose code each user already signed in with (see <see cref="TestUser.UnusedCodeAsync"/>).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string UserId, long Step), bool> UsedSteps = new();

    public const string Password = "Test-Password-2026!";

    public sealed record TestUser(string Id, string Email, string Password, string? AuthenticatorKey)
    {
        /// <summary>The code an authenticator app would show right now.</summary>
        public string CurrentCode() => new Totp(Base32Encoding.ToBytes(AuthenticatorKey!)).ComputeTotp();

        /// <summary>
        /// A code this user has not signed in with yet: the portal accepts each code once, so a test that signs the
        /// same user in again within the same 30 seconds waits for the next step instead of being refused.
        /// </summary>
        public async Task<string> UnusedCodeAsync()
        {
            while (true)
            {
                var now = TimeProvider.System.GetUtcNow();
                var step = now.ToUnixTimeSeconds() / 30;
                if (UsedSteps.TryAdd((Id, step), true))
                {
                    return new Totp(Base32Encoding.ToBytes(AuthenticatorKey!)).ComputeTotp(now.UtcDateTime);
                }

                await Task.Delay(TimeSpan.FromSeconds(30 - (now.ToUnixTimeSeconds() % 30)) + TimeSpan.FromMilliseconds(200));
            }
        }

        /// <summary>
        /// The code of the 30-second step after the one at <paramref name="usedAt"/>: each code is accepted once, so a
        /// second sign-in or proof soon after the first needs the next one (the server allows one step of clock drift).
        /// </summary>
        public string NextCode(DateTimeOffset usedAt) => new Totp(Base32Encoding.ToBytes(AuthenticatorKey!)).ComputeTotp(usedAt.UtcDateTime.AddSeconds(30));
    }

    public static async Task<TestUser> CreateAsync(IServiceProvider services, string role, bool withAuthenticator = true, bool mustChangePassword = false)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"测试 {role}", MustChangePassword = mustChangePassword };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        string? key = null;
        if (withAuthenticator)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return new TestUser(user.Id, email, Password, key);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
