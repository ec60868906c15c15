using System.Globalization;
using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;
using Portal.Web.Components.Staff.Content.Admin;
using Portal.Web.Identity;
using Portal.Web.Police;

namespace Portal.Tests.Content.Manager;

/// <summary>
/// The taxonomy tree editor and the audit view's filter against the real content services of a running portal (SQLite):
/// an administrator adds, renames, reorders and tries to delete terms; the filter turns what a person picks (China time
/// days, an action, an item) into the query the audit log runs, and the view shows what that query finds.
/// </summary>
/// <remarks>MudBlazor's services are only async-disposable, so the context is disposed through IAsyncLifetime.</remarks>
[IntegrationTest]
public sealed class ContentAdminComponentTests : BunitContext, IClassFixture<PortalFactory>, IAsyncLifetime
{
    private readonly PortalFactory portal;
    private readonly BunitAuthorizationContext authorization;
    private readonly IRenderedComponent<MudPopoverProvider> popovers;

    public ContentAdminComponentTests(PortalFactory portal)
    {
        this.portal = portal;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        foreach (var service in new[] { typeof(TaxonomyAdministration), typeof(ContentAuditLog), typeof(ContentDepartments), typeof(ContentPeople), typeof(StaffDirectory), typeof(DepartmentAdministration) })
        {
            Services.AddSingleton(service, portal.Services.GetRequiredService(service));
        }

        authorization = AddAuthorization();
        popovers = Render<MudPopoverProvider>();
    }

    private TaxonomyAdministration Taxonomy => portal.Services.GetRequiredService<TaxonomyAdministration>();

    [Fact]
    public async Task The_administrator_adds_a_term_under_a_parent_renames_it_and_moves_it_up()
    {
        await SignInAsync(PortalRoles.SecurityAdministrator);
        var key = "rail-staff-" + Guid.NewGuid().ToString("N")[..6];
        var editor = Render<TermTreeEditor>(parameters => parameters.Add(p => p.Vocabulary, Vocabulary.Audience));

        Input(editor, "term-key").Change(key);
        Input(editor, "term-label-zh").Change("铁路客运人员");
        Input(editor, "term-label-en").Change("Railway passenger staff");
        await ChooseAsync<TermTreeEditor, Guid?>(editor, "term-parent", "车站、场所和酒店工作人员");
        editor.Find("button[data-testid=term-add-submit]").Click();

        editor.WaitForAssertion(() => Assert.Contains("已添加“铁路客运人员”", editor.Find("[data-testid=term-message]").TextContent, StringComparison.Ordinal));
        var row = TermRow(editor, key);
        Assert.Equal("1", row.GetAttribute("data-depth"));
        Assert.Equal(("铁路客运人员", "Railway passenger staff"), (Cell(row, "term-label-zh-cell"), Cell(row, "term-label-en-cell")));
        var parent = Assert.Single(await Taxonomy.TreeAsync(Vocabulary.Audience), t => t.Key == "frontline-staff");
        Assert.Equal(key, Assert.Single(parent.Children).Key);

        row.QuerySelector("button[data-testid=term-edit]")!.Click();
        Input(editor, "term-edit-zh").Change("铁路客运乘务人员");
        editor.Find("button[data-testid=term-edit-save]").Click();
        editor.WaitForAssertion(() => Assert.Equal("铁路客运乘务人员", Cell(TermRow(editor, key), "term-label-zh-cell")));

        // Alone under its parent: it cannot move up or down.
        Assert.True(TermRow(editor, key).QuerySelector("button[data-testid=term-up]")!.HasAttribute("disabled"));
        var top = TermRow(editor, "general-public");
        top.QuerySelector("button[data-testid=term-up]")!.Click();
        await WaitAsync(async () => (await Taxonomy.TreeAsync(Vocabulary.Audience))[^2].Key == "general-public");
        editor.WaitForAssertion(() => Assert.Equal("general-public", editor.FindAll("tr[data-testid=term][data-depth='0']")[^2].GetAttribute("data-term-key")));
    }

    [Fact]
    public async Task Deleting_a_term_a_version_uses_is_refused_with_a_message_and_the_term_stays()
    {
        await SignInAsync(PortalRoles.SecurityAdministrator);
        var term = (await Taxonomy.AddAsync(ContentActor.Person("test-admin", isAdministrator: true),
            new NewTerm(Vocabulary.Topic, "labour-agency-" + Guid.NewGuid().ToString("N")[..6], null, "黑职介", "Illegal job agencies"))).Value!;
        var author = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        var actor = ContentActor.Person(author.Id, ContentRole.Editor);
        Assert.True((await portal.Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), author.Id, DepartmentSeed.PublicityId, ContentRole.Editor, false)).Succeeded);
        var created = await portal.Services.GetRequiredService<ContentEditor>().CreateAsync(actor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft
            {
                Title = "警惕黑职介",
                Fields = new ArticleFields(),
                Terms = new Dictionary<Vocabulary, IReadOnlyList<string>> { [Vocabulary.Topic] = [term.Key] },
            },
        });
        Assert.True(created.Succeeded, created.ToString());
        var editor = Render<TermTreeEditor>(parameters => parameters.Add(p => p.Vocabulary, Vocabulary.Topic));

        TermRow(editor, term.Key).QuerySelector("button[data-testid=term-delete]")!.Click();
        editor.Find("button[data-testid=term-delete-confirm]").Click();

        var problem = editor.WaitForElement("[data-testid=term-problem]");
        Assert.Contains("有 1 个内容版本使用了该分类", problem.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", TermRow(editor, term.Key).QuerySelectorAll("td")[3].TextContent.Trim());
        Assert.Contains(Flatten(await Taxonomy.TreeAsync(Vocabulary.Topic)), t => t.Id == term.Id);
    }

    [Fact]
    public async Task The_filter_turns_china_time_days_an_action_and_an_item_into_the_audit_query()
    {
        AuditQuery? applied = null;
        var itemId = Guid.NewGuid();
        var filter = Render<AuditFilter>(parameters => parameters
            .Add(p => p.Model, new AuditFilterModel())
            .Add(p => p.People, [new ContentPeople.Person("editor-1", "王编辑")])
            .Add(p => p.OnApply, EventCallback.Factory.Create<AuditQuery>(this, query => applied = query)));

        Input(filter, "audit-item").Change("not an id");
        Assert.Contains("这不是有效的内容编号", filter.Markup, StringComparison.Ordinal);
        Assert.True(filter.Find("button[data-testid=audit-apply]").HasAttribute("disabled"));
        Input(filter, "audit-item").Change(itemId.ToString());
        Input(filter, "audit-from").Change("2026-03-01");
        Input(filter, "audit-to").Change("2026-03-02");
        await ChooseAsync<AuditFilter, AuditAction>(filter, "audit-actions", "发布");
        await ChooseAsync<AuditFilter, string>(filter, "audit-actor", "王编辑");
        filter.Find("button[data-testid=audit-apply]").Click();

        Assert.NotNull(applied);
        Assert.Equal(itemId, applied.ItemId);
        Assert.Equal("editor-1", applied.ActorId);
        Assert.Equal([AuditAction.Published], applied.Actions);
        // Midnight in China is 16:00 UTC the day before; the last day is included, so the end is the next midnight.
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 16, 0, 0, TimeSpan.Zero), applied.From);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 16, 0, 0, TimeSpan.Zero), applied.To);
        Assert.Equal(1, applied.PageNumber);

        filter.Find("button[data-testid=audit-clear]").Click();
        Assert.Equal(new AuditQuery(), applied with { });
    }

    [Fact]
    public async Task The_audit_view_shows_what_the_filter_asks_for_newest_first_with_links_to_the_item()
    {
        var author = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        var actor = ContentActor.Person(author.Id, ContentRole.Editor);
        Assert.True((await portal.Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), author.Id, DepartmentSeed.PublicityId, ContentRole.Editor, false)).Succeeded);
        var editor = portal.Services.GetRequiredService<ContentEditor>();
        var created = (await editor.CreateAsync(actor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft { Title = "审计视图测试文章", Fields = new ArticleFields() },
        })).Value!;
        Assert.True((await editor.SaveDraftAsync(actor, created.ItemId, created.VersionId, new ContentDraft { Title = "审计视图测试文章（修改）", Fields = new ArticleFields() })).Succeeded);
        await SignInAsync(PortalRoles.Editor, author.Id);
        authorization.SetPolicies(ContentPolicies.ContentAudit, ContentPolicies.ContentStaff);

        var page = Render<AuditPage>();
        page.WaitForElement("[data-testid=audit-filter]");
        Input(page, "audit-item").Change(created.ItemId.ToString());
        page.Find("button[data-testid=audit-apply]").Click();

        page.WaitForAssertion(() => Assert.Equal(["编辑", "创建"], page.FindAll("[data-testid=audit-action]").Select(cell => cell.TextContent.Trim())));
        var link = page.FindAll("[data-testid=audit-item-link]")[0];
        Assert.Equal($"staff/content/{created.ItemId}", link.GetAttribute("href"));
        Assert.Equal("审计视图测试文章（修改）", link.TextContent.Trim());
        Assert.Contains("测试 Editor", page.Find("[data-testid=audit-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_grants_editor_grants_a_role_in_a_department_says_when_the_role_is_missing_and_revokes_it()
    {
        await SignInAsync(PortalRoles.SecurityAdministrator);
        var user = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        var departments = portal.Services.GetRequiredService<DepartmentAdministration>();
        var education = DepartmentSeed.IdOf("education");
        var editor = Render<DepartmentGrantsEditor>(parameters => parameters
            .Add(p => p.UserId, user.Id).Add(p => p.UserName, "测试 Editor").Add(p => p.UserRoles, [PortalRoles.Editor]));

        Assert.Empty(editor.FindAll("[data-testid=department-grant-role-missing]"));
        await ChooseAsync<DepartmentGrantsEditor, Guid?>(editor, "department-grant-department", "省教育厅");
        await ChooseAsync<DepartmentGrantsEditor, ContentRole>(editor, "department-grant-role", "审核员");
        editor.WaitForAssertion(() => Assert.Contains("还没有“审核员”角色", editor.Find("[data-testid=department-grant-role-missing]").TextContent, StringComparison.Ordinal));
        editor.Find("button[data-testid=department-grant-add]").Click();

        editor.WaitForAssertion(() => Assert.Contains("省教育厅", editor.Find("[data-testid=department-grant]").TextContent, StringComparison.Ordinal));
        var grant = Assert.Single(await departments.GrantsOfAsync(user.Id));
        Assert.Equal((education, ContentRole.Reviewer, false), (grant.DepartmentId, grant.Role, grant.IncludesSubDepartments));

        editor.Find("button[data-testid=department-grant-revoke]").Click();
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll("[data-testid=department-grant]")));
        Assert.Empty(await departments.GrantsOfAsync(user.Id));
        var trail = await portal.Services.GetRequiredService<ContentAuditLog>().QueryAsync(
            ContentActor.Person("auditor", isAdministrator: true), new AuditQuery { DepartmentId = education, Actions = [AuditAction.GrantAdded, AuditAction.GrantRevoked] });
        Assert.Equal([AuditAction.GrantRevoked, AuditAction.GrantAdded], trail.Items.Where(e => e.Summary.Contains(user.Id, StringComparison.Ordinal)).Select(e => e.Action));
    }

    [Fact]
    public async Task The_departments_page_shows_the_tree_and_renames_and_moves_a_department()
    {
        await SignInAsync(PortalRoles.SecurityAdministrator);
        var departments = portal.Services.GetRequiredService<DepartmentAdministration>();
        var key = "test-unit-" + Guid.NewGuid().ToString("N")[..6];
        var created = await departments.CreateAsync(ContentActor.Person("test-admin", isAdministrator: true), key, "测试单位" + key, "Test unit", DepartmentSeed.RootId);
        Assert.True(created.Succeeded, created.ToString());
        var page = Render<DepartmentsPage>();

        page.WaitForAssertion(() => Assert.Equal("0", page.Find($"tr[data-department-key={DepartmentSeed.RootKey}]").GetAttribute("data-depth")));
        Assert.Equal("1", page.Find("tr[data-department-key=education]").GetAttribute("data-depth"));
        page.Find($"tr[data-department-key={key}] button[data-testid=department-select]").Click();
        Input(page, "department-name-zh").Change("兰州市城关区妇联");
        Input(page, "department-name-en").Change("Chengguan District Women's Federation");
        page.Find("button[data-testid=department-rename]").Click();
        page.WaitForAssertion(() => Assert.Contains("兰州市城关区妇联", page.Find($"tr[data-department-key={key}]").TextContent, StringComparison.Ordinal));

        await ChooseAsync<DepartmentsPage, Guid>(page, "department-move-to", "省妇联");
        page.Find("button[data-testid=department-move]").Click();

        page.WaitForAssertion(() => Assert.Equal("2", page.Find($"tr[data-department-key={key}]").GetAttribute("data-depth")));
        Assert.Equal(DepartmentSeed.IdOf("womens-federation"), (await departments.ListAsync()).Single(d => d.Key == key).ParentId);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private static IEnumerable<TermAdminNode> Flatten(IEnumerable<TermAdminNode> nodes) => nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    private static IElement TermRow(IRenderedComponent<TermTreeEditor> editor, string key) => editor.Find($"tr[data-testid=term][data-term-key='{key}']");

    private static string Cell(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    /// <summary>The input of a MudBlazor field named by its data-testid (on the input itself or on a wrapper).</summary>
    private static IElement Input<T>(IRenderedComponent<T> component, string testId)
        where T : class, IComponent
    {
        var element = component.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input") ?? throw new InvalidOperationException($"{testId} has no input.");
    }

    /// <summary>Opens a MudSelect and clicks the option with <paramref name="text"/>, as a person would.</summary>
    private async Task ChooseAsync<TComponent, TValue>(IRenderedComponent<TComponent> component, string testId, string text)
        where TComponent : class, IComponent
    {
        var select = component.FindComponents<MudSelect<TValue>>()
            .Single(s => s.Markup.Contains($"data-testid=\"{testId}\"", StringComparison.Ordinal));
        await select.InvokeAsync(select.Instance.OpenMenu);
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), item => item.TextContent.Trim() == text));
        popovers.FindAll(".mud-list-item").First(item => item.TextContent.Trim() == text).Click();
    }

    private async Task SignInAsync(string role, string? userId = null)
    {
        userId ??= (await TestUsers.CreateAsync(portal.Services, role)).Id;
        authorization.SetAuthorized("staff");
        authorization.SetRoles(role);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId), new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50 && !await condition(); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.True(await condition());
    }
}
