using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tests.Reporting;

[IntegrationTest]
public sealed class TipIntakeTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory portal;

    public TipIntakeTests(PortalFactory portal) => this.portal = portal;

    private TipIntake Intake => portal.Services.GetRequiredService<TipIntake>();

    private TipFollowUp FollowUp => portal.Services.GetRequiredService<TipFollowUp>();

    private async Task<Tip> StoredAsync(Guid id)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        return await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == id);
    }

    [Fact]
    public async Task An_accepted_tip_is_routed_by_its_county_and_its_receipt_opens_it()
    {
        var result = await Intake.SubmitAsync(TipSubmissions.Valid());

        Assert.True(result.Accepted, string.Join(",", result.Errors));
        var stored = await StoredAsync(result.TipId!.Value);
        Assert.Equal("620100", stored.PrefectureKey);
        Assert.Equal("620102", stored.CountyKey);
        Assert.Equal(TipStatus.New, stored.Status);
        Assert.Equal(TipSource.Public, stored.Source);
        Assert.False(stored.Urgent);
        var receipt = result.Receipt!;
        var (outcome, tipId) = await FollowUp.SignInAsync(receipt.GroupedNumber, receipt.Passphrase.ToLowerInvariant(), "bucket-a");
        Assert.Equal(ReceiptSignInOutcome.SignedIn, outcome);
        Assert.Equal(stored.Id, tipId);
        Assert.Equal(PublicTipStatus.Received, (await FollowUp.ViewAsync(stored.Id))!.Status);
    }

    [Fact]
    public async Task The_same_idempotency_key_makes_one_tip_however_often_it_is_sent()
    {
        var submission = TipSubmissions.Valid();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Intake.SubmitAsync(submission)));

        Assert.Single(results.Select(r => r.TipId).Distinct());
        Assert.Equal(3, results.Count(r => r.Repeated));
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await context.Set<Tip>().CountAsync(t => t.Id == results[0].TipId));
    }

    [Fact]
    public async Task Every_tip_gets_its_own_reference_when_many_arrive_at_once()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Intake.SubmitAsync(TipSubmissions.Valid())));

        Assert.All(results, r => Assert.True(r.Accepted));
        var ids = results.Select(r => r.TipId!.Value).ToList();
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var references = await context.Set<Tip>().Where(t => ids.Contains(t.Id)).Select(t => t.Reference).ToListAsync();
        Assert.Equal(200, references.Count);
        Assert.Equal(200, references.Distinct(StringComparer.Ordinal).Count());
        Assert.All(references, r => Assert.Equal(r, TipReference.Normalize(r)));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Happening_now_or_a_child_just_missing_marks_the_tip_urgent(bool happeningNow, bool childMissing)
    {
        var result = await Intake.SubmitAsync(TipSubmissions.Valid() with { HappeningNow = happeningNow, ChildJustMissing = childMissing });

        Assert.True(result.Urgent);
        Assert.True((await StoredAsync(result.TipId!.Value)).Urgent);
    }

    [Fact]
    public async Task A_tip_from_another_province_or_without_a_place_goes_to_no_prefecture()
    {
        var outside = await Intake.SubmitAsync(TipSubmissions.Valid() with { PlaceKey = TipSubmission.OutsideGansu, OtherProvince = "青海省" });
        var nowhere = await Intake.SubmitAsync(TipSubmissions.Valid() with { PlaceKey = "" });
        var prefectureOnly = await Intake.SubmitAsync(TipSubmissions.Valid() with { PlaceKey = "622900" });

        Assert.Null((await StoredAsync(outside.TipId!.Value)).PrefectureKey);
        Assert.Null((await StoredAsync(nowhere.TipId!.Value)).PrefectureKey);
        var linxia = await StoredAsync(prefectureOnly.TipId!.Value);
        Assert.Equal("622900", linxia.PrefectureKey);
        Assert.Null(linxia.CountyKey);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "empty narrative", nameof(TipSubmission.WhatHappened), "required" },
        { "narrative of whitespace and control characters", nameof(TipSubmission.WhatHappened), "required" },
        { "narrative over 20,000 characters", nameof(TipSubmission.WhatHappened), "too-long" },
        { "unknown category", nameof(TipSubmission.Category), "unknown-category" },
        { "unknown county", nameof(TipSubmission.PlaceKey), "unknown-place" },
        { "impossible date", nameof(TipSubmission.WhenDate), "invalid-date" },
        { "date in the future", nameof(TipSubmission.WhenDate), "future-date" },
        { "professional report without institution", nameof(TipSubmission.Institution), "required" },
        { "phone with letters", nameof(TipSubmission.Phone), "invalid-phone" },
        { "no idempotency key", "form", "form-expired" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_the_field_and_reason_and_nothing_is_stored(string input, string field, string code)
    {
        var valid = TipSubmissions.Valid();
        var submission = input switch
        {
            "empty narrative" => valid with { WhatHappened = "" },
            "narrative of whitespace and control characters" => valid with { WhatHappened = " \u0001\u202E \n " },
            "narrative over 20,000 characters" => valid with { WhatHappened = new string('拐', 20_001) },
            "unknown category" => valid with { Category = "kidnapping-for-fun" },
            "unknown county" => valid with { PlaceKey = "629999" },
            "impossible date" => valid with { WhenDate = "2026-02-30" },
            "date in the future" => valid with { WhenDate = "2099-01-01" },
            "professional report without institution" => valid with { Mode = ReporterMode.Professional, Institution = "" },
            "phone with letters" => valid with { Mode = ReporterMode.Named, Phone = "call me maybe" },
            "no idempotency key" => valid with { IdempotencyKey = "" },
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };

        var result = await Intake.SubmitAsync(submission);

        Assert.False(result.Accepted);
        Assert.Contains(Problem.Error(code, field), result.Errors);
    }

    [Fact]
    public async Task Exactly_20000_characters_including_emoji_are_accepted()
    {
        var narrative = string.Concat(Enumerable.Repeat("👧", 10_000)) + new string('拐', 10_000);

        var result = await Intake.SubmitAsync(TipSubmissions.Valid(narrative));

        Assert.True(result.Accepted);
    }

    [Fact]
    public async Task Hiding_characters_are_removed_and_counted_while_emoji_and_html_are_kept_as_text()
    {
        var result = await Intake.SubmitAsync(TipSubmissions.Valid("看到\u202E一个孩子\u0007 😢 <script>alert(1)</script>"));
        await Intake.SubmitAsync(TipSubmissions.Valid());

        Assert.True(result.Accepted);
        Assert.Equal(2, result.RemovedCharacters);
        var receipt = result.Receipt!;
        await FollowUp.SignInAsync(receipt.Number, receipt.Passphrase, "bucket-b");
        Assert.Null((await FollowUp.ReplyAsync(result.TipId!.Value, "补充：<b>不是粗体</b> 🙏")).Error);
        var view = await FollowUp.ViewAsync(result.TipId!.Value);
        Assert.Equal("补充：<b>不是粗体</b> 🙏", view!.Messages.Single().Body);
    }
}
