using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tests.Reporting.Pages;

/// <summary>The person and vehicle blocks of /report over HTTP, as a browser without JavaScript uses them.</summary>
[IntegrationTest]
public sealed class InvolvedPartiesFormTests : IClassFixture<PortalFactory>
{
    private const string Form = "main form[data-altcha-challenge]";
    private readonly PortalFactory portal;

    public InvolvedPartiesFormTests(PortalFactory portal) => this.portal = portal;

    private static bool IsOpen(HtmlPage page, string fieldId) =>
        page.Document.QuerySelector($"details.party:has(#{fieldId})")!.HasAttribute("open");

    [Fact]
    public async Task The_form_shows_three_person_and_two_vehicle_blocks_all_closed_in_a_closed_section_each_a_fieldset()
    {
        using var client = portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, "/report");

        var blocks = page.Document.QuerySelectorAll("details.party");
        Assert.Equal(["人员 1", "人员 2", "人员 3", "车辆 1", "车辆 2"], blocks.Select(block => block.QuerySelector("summary")!.TextContent));
        Assert.Equal([false, false, false, false, false], blocks.Select(block => block.HasAttribute("open")));
        Assert.False(page.Document.QuerySelector("details#people-section")!.HasAttribute("open"));
        Assert.All(blocks, block => Assert.Equal("people-section", block.ParentElement!.Closest("details")!.Id));
        Assert.All(blocks, block => Assert.Equal(block.QuerySelector("summary")!.TextContent, block.QuerySelector("fieldset > legend")!.TextContent));
        Assert.Equal("Form.People[2].Language", page.Document.QuerySelector("#person-3-language")!.GetAttribute("name"));
        Assert.Equal("Form.Vehicles[1].Plate", page.Document.QuerySelector("#vehicle-2-plate")!.GetAttribute("name"));
        Assert.Equal(
            ["", "Suspect", "Victim", "Witness", "Other"],
            page.Document.QuerySelectorAll("#person-1-role option").Select(option => option.GetAttribute("value")));
        Assert.All(page.Document.QuerySelectorAll("details.party input[id], details.party select, details.party textarea"), field =>
            Assert.NotNull(page.Document.QuerySelector($"label[for='{field.Id}']")));
    }

    [Fact]
    public async Task A_wrong_age_and_plate_are_named_by_block_and_part_everything_typed_is_kept_and_the_fixed_form_is_stored_typed()
    {
        using var client = portal.CreateBrowserLikeClient();
        var fields = TipForms.Fields("面包车上下来两个人，把一个女孩拉上了车。 " + Guid.NewGuid());
        fields["Form.People[0].Role"] = "Suspect";
        fields["Form.People[0].Name"] = "老王";
        fields["Form.People[1].Role"] = "Victim";
        fields["Form.People[1].Age"] = "200";
        fields["Form.People[1].Description"] = "粉色外套，扎马尾";
        fields["Form.Vehicles[0].Type"] = "Van";
        fields["Form.Vehicles[0].Plate"] = "兰A12345";
        fields["Form.Vehicles[0].Colour"] = "白色";

        var answer = await HtmlPage.ParseAsync(await TipForms.SubmitAsync(client, fields));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var alert = answer.Document.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("人员 2 · 大约年龄（岁）：请填写 0 到 120 之间的整数。", alert, StringComparison.Ordinal);
        Assert.Contains("车辆 1 · 车牌号：只能填写省份简称、字母和数字，看不清的字用 ? 代替，例如 甘A·12?45。", alert, StringComparison.Ordinal);
        Assert.Equal("200", answer.Document.QuerySelector("#person-2-age")!.GetAttribute("value"));
        Assert.Equal("粉色外套，扎马尾", answer.Document.QuerySelector("#person-2-description")!.TextContent);
        Assert.Equal("Victim", answer.Document.QuerySelector("#person-2-role option[selected]")!.GetAttribute("value"));
        Assert.Equal("老王", answer.Document.QuerySelector("#person-1-name")!.GetAttribute("value"));
        Assert.Equal("兰A12345", answer.Document.QuerySelector("#vehicle-1-plate")!.GetAttribute("value"));
        Assert.Equal("Van", answer.Document.QuerySelector("#vehicle-1-type option[selected]")!.GetAttribute("value"));
        Assert.True(IsOpen(answer, "person-1-age"));
        Assert.True(IsOpen(answer, "person-2-age"));
        Assert.False(IsOpen(answer, "person-3-age"));
        Assert.True(IsOpen(answer, "vehicle-1-plate"));
        Assert.False(IsOpen(answer, "vehicle-2-plate"));

        var fixedUp = await answer.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Form.People[1].Age"] = "14",
            ["Form.Vehicles[0].Plate"] = "甘A·12?45",
        }, Form);

        Assert.Equal(HttpStatusCode.Redirect, fixedUp.StatusCode);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var tip = await context.Set<Tip>().OrderByDescending(t => t.ReceivedAt).FirstAsync();
        var report = portal.Services.GetRequiredService<TipKeyring>().ReadReport(tip);
        Assert.Equal(fields["Form.WhatHappened"], report.WhatHappened);
        Assert.Equal(
            [new InvolvedPerson(PersonRole.Suspect, Name: "老王"), new InvolvedPerson(PersonRole.Victim, Age: 14, Description: "粉色外套，扎马尾")],
            report.People);
        Assert.Equal([new InvolvedVehicle(VehicleType.Van, "甘A12?45", "白色")], report.Vehicles);
    }

    [Fact]
    public async Task A_post_that_carries_no_person_or_vehicle_fields_at_all_is_stored_as_a_tip_not_answered_with_a_server_error()
    {
        using var client = portal.CreateBrowserLikeClient();
        var form = await HtmlPage.GetAsync(client, "/report");
        foreach (var block in form.Document.QuerySelectorAll("details.party").ToList())
        {
            block.Remove();
        }

        var fields = TipForms.Fields("只写了经过、没有人员和车辆栏目的线索 " + Guid.NewGuid());
        var answer = await form.SubmitAsync(client, fields, Form);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var tip = await context.Set<Tip>().OrderByDescending(t => t.ReceivedAt).FirstAsync();
        var report = portal.Services.GetRequiredService<TipKeyring>().ReadReport(tip);
        Assert.Equal(fields["Form.WhatHappened"], report.WhatHappened);
        Assert.Empty(report.People);
    }

    [Fact]
    public async Task The_messages_are_in_english_for_an_english_reader()
    {
        using var client = portal.CreateBrowserLikeClient();
        var form = await HtmlPage.GetAsync(client, "/report?lang=en");
        var fields = TipForms.Fields();
        fields["Form.People[2].Height"] = "1.7";
        fields["Form.Vehicles[1].Type"] = "Tank";

        var answer = await HtmlPage.ParseAsync(await form.SubmitAsync(client, fields, Form));

        var alert = answer.Document.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Person 3 · Approximate height (cm): enter a whole number of centimetres from 30 to 250.", alert, StringComparison.Ordinal);
        Assert.Contains("Vehicle 2 · Type of vehicle: choose from the list.", alert, StringComparison.Ordinal);
        Assert.Equal("1.7", answer.Document.QuerySelector("#person-3-height")!.GetAttribute("value"));
    }
}
