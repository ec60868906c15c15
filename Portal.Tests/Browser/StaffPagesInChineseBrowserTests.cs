using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Media;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tests.Volunteers;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// Every staff page of every staff role in zh-CN, in Chromium, holds none of the component library's English: its
/// built-in texts and aria labels (taken from MudBlazor's own English resources, so a new one is checked too), the
/// table pager's "Rows per page" and "1-10 of 22", and, inside an opened date or time picker, any Latin word at all (English
/// month or weekday names). Checked in the visible text and in aria-label, title and placeholder attributes.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed partial class StaffPagesInChineseBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    /// <summary>Every staff page a role reaches, and whether it holds a date picker to open.</summary>
    private static readonly (string Role, string[] Paths)[] Walk =
    [
        (PortalRoles.SystemAdministrator, ["/staff", "/staff/admin/users", "/staff/admin/claim-offices"]),
        (PortalRoles.SecurityAdministrator, ["/staff", "/staff/admin/users", "/staff/admin/approvals", "/staff/admin/coordinator-regions", "/staff/content/taxonomy", "/staff/content/departments", "/staff/content/audit"]),
        (PortalRoles.AuditAdministrator, ["/staff", "/staff/admin/audit", "/staff/content/audit"]),
        (PortalRoles.Editor, ["/staff", "/staff/content", "/staff/media", "/staff/content/audit", "{item}", "{preview}", "{asset}"]),
        (PortalRoles.Reviewer, ["/staff", "/staff/content", "/staff/content/review", "/staff/media"]),
        (PortalRoles.Publisher, ["/staff", "/staff/content", "{item}"]),
        (PortalRoles.Officer, ["/staff", "/staff/tips", "{tip}", "{case-file}", "/staff/rewards"]),
        (PortalRoles.Supervisor, ["/staff", "/staff/tips", "{tip}", "/staff/rewards", "/staff/oversight"]),
        (PortalRoles.ProvincialOffice, ["/staff", "/staff/oversight", "/staff/oversight/report/2025"]),
        (PortalRoles.VolunteerCoordinator, ["/staff", "/staff/volunteers", "{volunteer}", "/staff/volunteers/opportunities", "/staff/volunteers/hours"]),
    ];

    private static readonly (HashSet<string> Whole, HashSet<string> Prefixes, HashSet<string> Suffixes) LibraryEnglish = MudBlazorEnglish();

    [Fact]
    public async Task Every_staff_page_of_every_role_shows_no_English_of_the_component_library()
    {
        var (item, version, asset) = await ArticleAsync();
        // A tip of 城关区 (兰州市), whose police the officer and the supervisor are.
        var tip = (await Fixture.Portal.Services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid("兰州火车站附近有人带着一个哭闹的孩子，不像是家长。") with
        {
            PlaceKey = "620102",
            Category = TipCategory.ChildAbduction,
        })).TipId!.Value;
        // An active volunteer and an opportunity of Lanzhou, whose coordinator the walk's coordinator is.
        var volunteers = new VolunteerHarness(Fixture.Portal);
        var (volunteer, _) = await volunteers.ActiveVolunteerAsync();
        await volunteers.ShiftAsync(TimeSpan.FromDays(3));
        var places = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{volunteer}"] = $"/staff/volunteers/{volunteer}",
            ["{item}"] = $"/staff/content/{item}",
            ["{preview}"] = $"/staff/content/{item}/preview/{version}",
            ["{asset}"] = $"/staff/media/{asset}/edit",
            ["{tip}"] = $"/staff/tips/{tip}",
            ["{case-file}"] = $"/staff/tips/{tip}/case-file",
        };
        var found = new List<string>();
        var (datePickers, timePickers) = (0, 0);
        foreach (var (role, paths) in Walk)
        {
            var user = await UserAsync(role);
            IPage? page = null;
            foreach (var template in paths)
            {
                var path = places.GetValueOrDefault(template, template);
                if (page is null)
                {
                    page = await StaffPages.SignedInAsync(Fixture, user, path);
                }
                else
                {
                    await page.GotoAsync(Fixture.BaseUrl + path);
                }

                await StaffPages.WaitOrExplainAsync(Fixture, page.Locator("main h1, h1"), $"staff-l10n-{role}.png");
                // Interactive pages render once the circuit is up; a pager or a picker appears then.
                await page.WaitForTimeoutAsync(1_500);
                found.AddRange((await LibraryEnglishOnAsync(page)).Select(text => $"{role} {path}: {text}"));
                // A collapsed form (add a shift) holds the time pickers: open it as a coordinator would.
                if (await page.Locator(".mud-expand-panel-header").CountAsync() > 0)
                {
                    await page.Locator(".mud-expand-panel-header").First.ClickAsync();
                    await page.WaitForTimeoutAsync(500);
                }

                var (openedDate, openedTime) = (false, false);
                var buttons = page.Locator(".mud-picker .mud-input-adornment button");
                for (var i = 0; i < await buttons.CountAsync() && !(openedDate && openedTime); i++)
                {
                    var (isTime, words) = await OpenedPickerEnglishAsync(page, buttons.Nth(i));
                    if (isTime ? openedTime : openedDate)
                    {
                        continue;
                    }

                    found.AddRange(words.Select(text => $"{role} {path} ({(isTime ? "time" : "date")} picker open): {text}"));
                    (openedDate, openedTime) = (openedDate || !isTime, openedTime || isTime);
                }

                (datePickers, timePickers) = (datePickers + (openedDate ? 1 : 0), timePickers + (openedTime ? 1 : 0));

                if (path == "/staff/content")
                {
                    await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "staff-content-list-zh.png"), FullPage = true });
                }
            }
        }

        Assert.True(found.Count == 0, "English of the component library on staff pages:\n" + string.Join("\n", found.Distinct()));
        Assert.True(datePickers >= 3 && timePickers >= 1, $"date pickers opened: {datePickers}, time pickers: {timePickers}");
    }

    /// <summary>
    /// MudBlazor 9's own English texts, from its resources: whole texts ("First page"), and the words before or after a
    /// placeholder ("Next month {0}", "Toggle {0}"). A text or attribute is the library's when it is one of them; words
    /// inside data (an English department name holding "Group") are not.
    /// </summary>
    private static (HashSet<string> Whole, HashSet<string> Prefixes, HashSet<string> Suffixes) MudBlazorEnglish()
    {
        var resources = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudBlazor.MudButton).Assembly);
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        var (whole, prefixes, suffixes) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        foreach (var value in set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Value!))
        {
            var parts = Placeholder().Split(value).Select(Normalize).ToArray();
            if (parts.Length == 1)
            {
                whole.Add(parts[0]);
                continue;
            }

            prefixes.Add(parts[0]);
            suffixes.Add(parts[^1]);
        }

        foreach (var words in new[] { whole, prefixes, suffixes })
        {
            words.RemoveWhere(text => !Regex.IsMatch(text, "[A-Za-z]{2,}"));
        }

        return (whole, prefixes, suffixes);
    }

    private static string Normalize(string text) => text.Trim(' ', ':', '.', '…', '\'', '-', '\u00a0');

    private static async Task<List<string>> LibraryEnglishOnAsync(IPage page)
    {
        var texts = await page.EvaluateAsync<string[]>(
            """
            () => {
                const out = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (node.textContent.trim()) out.push(node.textContent);
                }
                for (const element of document.querySelectorAll('[aria-label],[title],[placeholder]')) {
                    for (const name of ['aria-label', 'title', 'placeholder']) {
                        const value = element.getAttribute(name);
                        if (value) out.push(value);
                    }
                }
                return out;
            }
            """);
        var (whole, prefixes, suffixes) = LibraryEnglish;
        return [.. texts.Select(Normalize)
            .Where(text => whole.Contains(text) || prefixes.Any(p => text.StartsWith(p + " ", StringComparison.Ordinal)) || suffixes.Any(s => text.EndsWith(" " + s, StringComparison.Ordinal)) || PagerInfo().IsMatch(text))
            .Select(text => $"\"{text}\"")];
    }

    /// <summary>Opens a date or time picker and returns which it was and the English inside it; closes it again.</summary>
    private static async Task<(bool IsTime, List<string> Words)> OpenedPickerEnglishAsync(IPage page, ILocator button)
    {
        await button.ClickAsync();
        var popover = page.Locator(".mud-popover-open .mud-picker-content, .mud-popover-open .mud-picker-calendar-container").First;
        await popover.WaitForAsync(new() { Timeout = 10_000 });
        var isTime = await page.Locator(".mud-popover-open .mud-timepicker-hourminute").CountAsync() > 0;
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, isTime ? "staff-time-picker-zh.png" : "staff-date-picker-zh.png") });
        var words = LatinWord().Matches(await popover.InnerTextAsync()).Select(m => $"\"{m.Value}\"").ToList();
        words.AddRange(await LibraryEnglishOnAsync(page));
        await page.Keyboard.PressAsync("Escape");
        await popover.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 10_000 });
        return (isTime, words);
    }

    private async Task<TestUsers.TestUser> UserAsync(string role)
    {
        var services = Fixture.Portal.Services;
        var user = await TestUsers.CreateAsync(services, role);
        if (role is PortalRoles.VolunteerCoordinator)
        {
            Assert.Null((await services.GetRequiredService<Portal.Tips.Volunteers.VolunteerRegions>().SetGrantsAsync(user.Id, [VolunteerHarness.Lanzhou])).Error);
        }

        if (role is PortalRoles.Officer or PortalRoles.Supervisor)
        {
            Assert.Null((await services.GetRequiredService<OfficerGrants>().SetGrantsAsync("test-admin", user.Id, ["620100"])).Error);
        }

        var contentRole = role switch
        {
            PortalRoles.Editor => ContentRole.Editor,
            PortalRoles.Reviewer => ContentRole.Reviewer,
            PortalRoles.Publisher => ContentRole.Publisher,
            _ => (ContentRole?)null,
        };
        if (contentRole is { } granted)
        {
            Assert.True((await services.GetRequiredService<DepartmentAdministration>()
                .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), user.Id, DepartmentSeed.PublicityId, granted, false)).Succeeded);
        }

        return user;
    }

    /// <summary>An article with an image, of the publicity department: its editor page, its preview and the image's page.</summary>
    private async Task<(Guid Item, Guid Version, Guid Asset)> ArticleAsync()
    {
        var editor = ContentActor.Person((await UserAsync(PortalRoles.Editor)).Id, ContentRole.Editor);
        var uploaded = await Fixture.Portal.Services.GetRequiredService<MediaLibrary>().UploadAsync(editor, new MediaUpload
        {
            DepartmentId = DepartmentSeed.PublicityId, FileName = "宣传海报.png", Content = new MemoryStream(MediaSamples.Png(300, 200)),
        });
        Assert.True(uploaded.Succeeded, uploaded.ToString());
        var asset = uploaded.Value!.Asset.Id;
        var created = await Fixture.Portal.Services.GetRequiredService<ContentEditor>().CreateAsync(editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId, Culture = ContentCultures.Chinese, Rendition = Rendition.Standard,
            Draft = Drafts.Article("识别拐卖的常见手法", new ImageBlock { Id = Guid.NewGuid(), AssetId = asset, Alt = "宣传海报" }),
        });
        Assert.True(created.Succeeded, created.ToString());
        return (created.Value!.ItemId, created.Value.VersionId, asset);
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\d+\s*[-–]\s*\d+\s+of\s+\d+")]
    private static partial Regex PagerInfo();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
