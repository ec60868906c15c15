using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.Web;

/// <summary>
/// Sign-in tells an attacker nothing and cannot be turned against an officer: one answer for every refusal, guesses
/// limited per client below the account's lock-out, and the lock-out itself still there for guesses from many places.
/// Each client here comes from its own address, as people on the internet do.
/// </summary>
[IntegrationTest]
public sealed class SignInLimitTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string WrongPassword = "Wrong-Password-99!";
    private static int lastOctet;

    private static IPAddress NextAddress() => IPAddress.Parse($"198.51.100.{Interlocked.Increment(ref lastOctet)}");

    private static async Task<string> AnswerAsync(HttpClient client, string email, string password) =>
        (await HtmlPage.ParseAsync(await StaffSignIn.PasswordAsync(client, email, password))).Document.QuerySelector("[role=alert]")?.TextContent ?? "";

    [Fact]
    public async Task An_unknown_account_a_wrong_password_and_a_locked_account_get_the_same_answer()
    {
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        var locked = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        await LockAsync(locked);

        using var first = factory.CreateBrowserLikeClient(NextAddress());
        using var second = factory.CreateBrowserLikeClient(NextAddress());
        using var third = factory.CreateBrowserLikeClient(NextAddress());
        var unknown = await AnswerAsync(first, "nobody-" + Guid.NewGuid().ToString("N")[..8] + "@example.test", WrongPassword);
        var wrong = await AnswerAsync(second, officer.Email, WrongPassword);
        var lockedOut = await AnswerAsync(third, locked.Email, locked.Password);

        Assert.StartsWith("邮箱或密码不正确", unknown, StringComparison.Ordinal);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, lockedOut);
    }

    [Fact]
    public async Task One_client_cannot_lock_an_officer_out_and_the_officer_signs_in_from_elsewhere()
    {
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        using var attacker = factory.CreateBrowserLikeClient(NextAddress());

        for (var attempt = 0; attempt < SignInLimits.AccountLockoutThreshold * 3; attempt++)
        {
            Assert.StartsWith("邮箱或密码不正确", await AnswerAsync(attacker, officer.Email, WrongPassword), StringComparison.Ordinal);
        }

        // The attacker's own guesses stopped counting before the lock: even the right password is refused to them.
        Assert.StartsWith("邮箱或密码不正确", await AnswerAsync(attacker, officer.Email, officer.Password), StringComparison.Ordinal);
        Assert.False(await IsLockedOutAsync(officer));
        using var atTheStation = factory.CreateBrowserLikeClient(NextAddress());
        var signedIn = await StaffSignIn.WithAuthenticatorAsync(atTheStation, officer);
        Assert.Equal("/staff", HtmlPage.RedirectTarget(signedIn));
    }

    [Fact]
    public async Task Wrong_passwords_from_many_places_still_lock_the_account_even_against_the_right_one()
    {
        var reviewer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Reviewer);

        for (var attempt = 0; attempt < SignInLimits.AccountLockoutThreshold; attempt++)
        {
            using var somewhere = factory.CreateBrowserLikeClient(NextAddress());
            await AnswerAsync(somewhere, reviewer.Email, WrongPassword);
        }

        Assert.True(await IsLockedOutAsync(reviewer));
        using var owner = factory.CreateBrowserLikeClient(NextAddress());
        Assert.StartsWith("邮箱或密码不正确", await AnswerAsync(owner, reviewer.Email, reviewer.Password), StringComparison.Ordinal);
    }

    private async Task LockAsync(TestUsers.TestUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, TimeProvider.System.GetUtcNow().AddMinutes(15));
    }

    private async Task<bool> IsLockedOutAsync(TestUsers.TestUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id))!);
    }
}
