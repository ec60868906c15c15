using System.Net;
using Microsoft.Playwright;

namespace Portal.Rehearsal;

internal static class Steps
{
    public static async Task StaffAccountsAsync(RehearsalState state)
    {
        var (_, systemCookies) = await state.Staff.FirstSignInAsync(state.Settings.SystemAdminEmail, state.Settings.SystemAdminPassword, "Rehearsal-SysAdmin-Strong-2026!");
        var (officer, publisher) = await state.Staff.InviteStaffAsync(systemCookies);
        var (_, securityCookies) = await state.Staff.FirstSignInAsync(state.Settings.AdminEmail, state.Settings.AdminPassword, "Rehearsal-Admin-Strong-2026!");
        await state.Staff.AssignStaffAsync(securityCookies);
        var (_, secondCookies) = await state.Staff.FirstSignInAsync(state.Settings.SecondAdminEmail, state.Settings.SecondAdminPassword, "Rehearsal-Admin2-Strong-2026!");
        var approved = await state.Staff.ApproveAllAsync(secondCookies);
        if (approved != 2)
        {
            throw new StepFailed($"the second security administrator found {approved} requests to approve, not 2 (the police role and the province)");
        }

        state.Officer = await state.Staff.AcceptInvitationAsync(officer, Staff.OfficerEmail);
        state.Publisher = await state.Staff.AcceptInvitationAsync(publisher, Staff.PublisherEmail);
    }

    public static async Task AnonymousTipAsync(RehearsalState state)
    {
        using var client = Clients.ThroughNginx(state.Settings, "127.0.0.1");
        var (form, fields) = await Reporter.PrepareAsync(client, solve: true, happeningNow: true);
        if (form.Response.Version != HttpVersion.Version20)
        {
            throw new StepFailed($"nginx answered over HTTP/{form.Response.Version}, not HTTP/2");
        }

        var outcome = await Reporter.PostAsync(client, form, fields, withPhoto: true);
        var receipt = outcome.Receipt ?? throw new StepFailed($"no receipt: {outcome.What}");
        using var later = Clients.ThroughNginx(state.Settings, "127.0.0.1");
        var status = await Reporter.FollowUpStatusAsync(later, receipt);
        if (status != "已收到")
        {
            throw new StepFailed($"the follow-up with the receipt shows status '{status}'");
        }

        var proven = await Database.CountAsync(state.Settings, "SELECT count(*) FROM tips.\"Tips\" WHERE \"ProofOfWorkPassed\" AND \"Priority\" = 1");
        if (proven != 1)
        {
            throw new StepFailed($"{proven} P1 tips with a passed proof of work are stored, not 1");
        }

        state.FirstReceipt = receipt;
    }

    public static async Task OfficerQueueAsync(RehearsalState state)
    {
        var officer = state.RequireOfficer();
        using (var client = Clients.ThroughNginx(state.Settings))
        {
            var home = await client.GetAsync(new Uri("/", UriKind.Relative));
            if (!home.Headers.TryGetValues("Strict-Transport-Security", out var hsts) || !hsts.First().Contains("max-age=", StringComparison.Ordinal))
            {
                throw new StepFailed("no Strict-Transport-Security header on the home page through nginx");
            }
        }

        // The queue shows a tip's reference in three groups of three (TipReference.Display).
        var stored = await Database.QueryAsync(state.Settings, "SELECT \"Reference\" FROM tips.\"Tips\" WHERE \"Priority\" = 1 ORDER BY \"ReceivedAt\" DESC LIMIT 1");
        var reference = $"{stored[..3]}-{stored[3..6]}-{stored[6..]}";
        foreach (var node in new[] { "A", "B" })
        {
            var route = await Routes.ForNodeAsync(state.Settings, node);
            var mark = Routes.LogLength(state.Settings);
            await using var context = await state.Staff.NewContextAsync(route);
            var page = await Staff.SignInAsync(context, state.Settings, officer, "/staff/tips");
            var cookie = (await context.CookiesAsync()).FirstOrDefault(c => c.Name == "portal.auth")
                ?? throw new StepFailed("no portal.auth cookie after signing in");
            if (!cookie.Secure || !cookie.HttpOnly)
            {
                throw new StepFailed($"the sign-in cookie is Secure={cookie.Secure}, HttpOnly={cookie.HttpOnly}");
            }

            await page.Locator("[data-testid=queue-link]", new() { HasText = reference }).WaitForAsync(new() { Timeout = 45_000 });
            var circuitNodes = Routes.UpstreamsSince(state.Settings, mark, "/_blazor");
            var expected = Routes.Address(state.Settings, node);
            if (circuitNodes.Count == 0 || circuitNodes.Any(address => address != expected))
            {
                throw new StepFailed($"node {node}'s queue: the circuit went to [{string.Join(", ", circuitNodes)}], not only {expected}");
            }
        }
    }

    public static async Task ClientBucketsAsync(RehearsalState state)
    {
        // The default limit is 3 tips per client and window without a proof of work; client .31 uses it up.
        var first = await UnverifiedUntilLimitedAsync(() => Clients.ThroughNginx(state.Settings, "127.0.0.31"), 6);
        if (first is not 3)
        {
            throw new StepFailed($"client 127.0.0.31 through nginx was limited after {first?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} tips, not 3");
        }

        using (var other = Clients.ThroughNginx(state.Settings, "127.0.0.32"))
        {
            var (form, fields) = await Reporter.PrepareAsync(other, solve: false);
            var outcome = await Reporter.PostAsync(other, form, fields, withPhoto: false);
            if (outcome.Receipt is null)
            {
                throw new StepFailed($"client 127.0.0.32 got no receipt after 127.0.0.31 was limited: {outcome.What}");
            }
        }

        // Straight to node A, a forged X-Forwarded-Proto does not make plain http look like https (no HSTS on it).
        using (var forger = Clients.Direct(state.Settings.NodeA, "127.0.0.33"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", "203.0.113.200");
            request.Headers.Add("X-Forwarded-Proto", "https");
            using var answer = await forger.SendAsync(request);
            if (answer.Headers.Contains("Strict-Transport-Security"))
            {
                throw new StepFailed("node A took a forged X-Forwarded-Proto from a client that is not a known proxy: HSTS on plain http");
            }
        }

        // Straight to node A with a new X-Forwarded-For on every request: the node must not believe it.
        var forged = 0;
        var direct = await UnverifiedUntilLimitedAsync(() =>
        {
            var client = Clients.Direct(state.Settings.NodeA, "127.0.0.33");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{++forged}");
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            return client;
        }, 6);
        if (direct is not 3)
        {
            throw new StepFailed($"a client sending forged X-Forwarded-For straight to node A was limited after {direct?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} tips, not 3");
        }
    }

    /// <summary>Unverified tips, each from a new client (new cookies) at one address, until one is refused; how many got through.</summary>
    private static async Task<int?> UnverifiedUntilLimitedAsync(Func<HttpClient> newClient, int most)
    {
        for (var sent = 0; sent < most; sent++)
        {
            using var client = newClient();
            var (form, fields) = await Reporter.PrepareAsync(client, solve: false);
            var outcome = await Reporter.PostAsync(client, form, fields, withPhoto: false);
            if (outcome.RateLimited)
            {
                return sent;
            }

            if (outcome.Receipt is null)
            {
                throw new StepFailed($"tip {sent + 1} got neither a receipt nor the limit: {outcome.What}");
            }
        }

        return null;
    }
}

/// <summary>Which node nginx sent a request to, from its access log (which names the upstream and no client).</summary>
internal static class Routes
{
    public static string Address(Settings settings, string node) => $"{settings.NodeUrl(node).Host}:{settings.NodeUrl(node).Port}";

    public static long LogLength(Settings settings) => new FileInfo(settings.AccessLog).Length;

    public static List<string> UpstreamsSince(Settings settings, long mark, string pathPrefix)
    {
        using var stream = new FileStream(settings.AccessLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(mark, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var found = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts.Length >= 7 && parts[2].StartsWith(pathPrefix, StringComparison.Ordinal) && parts[6] != "-")
            {
                found.Add(parts[6].Split(',')[^1].Trim());
            }
        }

        return found;
    }

    /// <summary>Waits (up to 15 s) until nginx's round robin sends a request to <paramref name="node"/> again.</summary>
    public static async Task UntilNginxSendsToAsync(Settings settings, string node)
    {
        var expected = Address(settings, node);
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var mark = LogLength(settings);
            using (var client = Clients.ThroughNginx(settings))
            {
                using var _ = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            }

            await Task.Delay(100);
            if (UpstreamsSince(settings, mark, "/health/live").Contains(expected))
            {
                return;
            }

            await Task.Delay(400);
        }

        throw new StepFailed($"nginx did not send to node {node} ({expected}) again within 15 s of its restart");
    }

    /// <summary>The nginx log (access or error) that contains <paramref name="text"/>, or null.</summary>
    public static string? LogsMention(Settings settings, string text) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(settings.AccessLog)!, "*.log")
            .Where(file => File.ReadAllText(file).Contains(text, StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .FirstOrDefault();

    /// <summary>A route cookie value that nginx's consistent hash sends to <paramref name="node"/>.</summary>
    public static async Task<string> ForNodeAsync(Settings settings, string node)
    {
        var expected = Address(settings, node);
        for (var i = 0; i < 64; i++)
        {
            var route = $"rehearsal-{i}";
            var mark = LogLength(settings);
            var cookies = new CookieContainer();
            cookies.Add(new System.Net.Cookie("portal_route", route, "/", settings.Host));
            using var client = Clients.ThroughNginx(settings, cookies: cookies);
            using var response = await client.GetAsync(new Uri("/staff", UriKind.Relative));
            await Task.Delay(50);
            if (UpstreamsSince(settings, mark, "/staff").LastOrDefault() == expected)
            {
                return route;
            }
        }

        throw new StepFailed($"no route cookie reached node {node} ({expected})");
    }
}
