using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Web.Components.Layout;
using Portal.Web.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

/// <remarks>MudBlazor's services are only async-disposable, so the context is disposed through IAsyncLifetime.</remarks>
[UnitTest]
public sealed class StaffLayoutTests : BunitContext, IAsyncLifetime
{
    public StaffLayoutTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgeryState>();
    }

    private IRenderedComponent<StaffLayout> RenderLayoutFor(string role)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("staff@example.test");
        authorization.SetRoles(role);
        authorization.SetClaims(new System.Security.Claims.Claim(PortalClaims.DisplayName, "李编辑"));
        return Render<StaffLayout>(parameters => parameters.Add(layout => layout.Body, (RenderFragment)(body => body.AddContent(0, "页面内容"))));
    }

    [Fact]
    public void The_staff_layout_shows_the_title_the_user_the_page_and_a_protected_sign_out()
    {
        var layout = RenderLayoutFor(PortalRoles.Editor);

        Assert.Equal("甘肃反拐平台 · 工作台", layout.Find("[data-testid=staff-title]").TextContent);
        Assert.Equal("李编辑", layout.Find("[data-testid=staff-user]").TextContent);
        Assert.Contains("页面内容", layout.Find("main").TextContent, StringComparison.Ordinal);
        var signOut = layout.Find("form.staff-logout");
        Assert.Equal("post", signOut.GetAttribute("method"));
        Assert.Equal("account/logout", signOut.GetAttribute("action"));
        Assert.Equal("test-token", signOut.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
    }

    [Fact]
    public void Only_administrators_see_user_administration_in_the_menu()
    {
        var editorMenu = RenderLayoutFor(PortalRoles.Editor).FindAll("nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("staff", editorMenu);
        Assert.DoesNotContain("staff/admin/users", editorMenu);
    }

    [Theory]
    [InlineData(PortalRoles.SystemAdministrator, "staff/admin/users")]
    [InlineData(PortalRoles.SecurityAdministrator, "staff/admin/users", "staff/admin/approvals", "staff/admin/coordinator-regions")]
    [InlineData(PortalRoles.AuditAdministrator, "staff/admin/audit")]
    public void Each_administrator_sees_the_pages_of_their_own_duty_in_the_menu(string role, params string[] pages)
    {
        var menu = RenderLayoutFor(role).FindAll("nav a").Select(a => a.GetAttribute("href")).ToList();

        string[] administration = ["staff/admin/users", "staff/admin/approvals", "staff/admin/coordinator-regions", "staff/admin/audit"];
        Assert.All(pages, page => Assert.Contains(page, menu));
        Assert.All(administration.Except(pages), page => Assert.DoesNotContain(page, menu));
    }

    [Fact]
    public void The_menu_button_hides_and_shows_the_navigation()
    {
        var layout = RenderLayoutFor(PortalRoles.Editor);
        var before = layout.Find("header button").GetAttribute("aria-expanded");

        layout.Find("header button").Click();
        var after = layout.Find("header button").GetAttribute("aria-expanded");
        layout.Find("header button").Click();

        Assert.NotEqual(before, after);
        Assert.Equal(before, layout.Find("header button").GetAttribute("aria-expanded"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private sealed class FixedAntiforgeryState : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
