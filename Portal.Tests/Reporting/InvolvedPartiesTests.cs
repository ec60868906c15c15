using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tests.Reporting;

/// <summary>The optional person and vehicle blocks: what is kept, how it is checked, and that it is stored typed and encrypted.</summary>
[IntegrationTest]
public sealed class InvolvedPartiesTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory portal;

    public InvolvedPartiesTests(PortalFactory portal) => this.portal = portal;

    private TipIntake Intake => portal.Services.GetRequiredService<TipIntake>();

    private async Task<TipReport> StoredReportAsync(Guid id)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var tip = await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == id);
        return portal.Services.GetRequiredService<TipKeyring>().ReadReport(tip);
    }

    [Fact]
    public async Task Filled_blocks_are_stored_as_typed_records_in_their_order_and_empty_blocks_are_dropped()
    {
        var submission = TipSubmissions.Valid() with
        {
            People =
            [
                new PersonSubmission { Role = "Suspect", Sex = "Male", Age = "４０", Height = "175", Description = "黑色外套，左手有文身", Name = "老王", Language = "河南口音" },
                new PersonSubmission { Role = "", Sex = "", Age = " ", Description = "" },
                new PersonSubmission { Role = "Victim", Sex = "Female", AgeBand = "Child" },
            ],
            Vehicles =
            [
                new VehicleSubmission(),
                new VehicleSubmission { Type = "Van", Plate = "甘Ａ·１２？４５", Colour = "白色", MakeModel = "五菱宏光", Direction = "往兰州方向", Description = "后保险杠有凹痕" },
            ],
        };

        var result = await Intake.SubmitAsync(submission);

        Assert.True(result.Accepted, string.Join(", ", result.Errors));
        var report = await StoredReportAsync(result.TipId!.Value);
        Assert.Equal(
            [
                new InvolvedPerson(PersonRole.Suspect, PersonSex.Male, 40, AgeBand.NotStated, 175, "黑色外套，左手有文身", "老王", "河南口音"),
                new InvolvedPerson(PersonRole.Victim, PersonSex.Female, AgeBand: AgeBand.Child),
            ],
            report.People);
        Assert.Equal([new InvolvedVehicle(VehicleType.Van, "甘A12?45", "白色", "五菱宏光", "往兰州方向", "后保险杠有凹痕")], report.Vehicles);
    }

    [Fact]
    public async Task Hiding_characters_are_removed_from_every_part_and_counted()
    {
        var submission = TipSubmissions.Valid() with
        {
            People = [new PersonSubmission { Name = "\u202E张三", Language = "普通话\u0007", Description = "戴眼镜\u2066" }],
            Vehicles = [new VehicleSubmission { Plate = "甘A\u200F12345", Colour = "红\u202D色" }],
        };

        var result = await Intake.SubmitAsync(submission);

        Assert.True(result.Accepted, string.Join(", ", result.Errors));
        Assert.Equal(5, result.RemovedCharacters);
        var report = await StoredReportAsync(result.TipId!.Value);
        Assert.Equal(new InvolvedPerson(Name: "张三", Language: "普通话", Description: "戴眼镜"), Assert.Single(report.People));
        Assert.Equal(new InvolvedVehicle(Plate: "甘A12345", Colour: "红色"), Assert.Single(report.Vehicles));
    }

    public static TheoryData<string, string, string> BadBlocks => new()
    {
        { "age over 120", "People[0].Age", "invalid-age" },
        { "negative age", "People[0].Age", "invalid-age" },
        { "age in words", "People[0].Age", "invalid-age" },
        { "height under 30 cm", "People[1].Height", "invalid-height" },
        { "height in metres", "People[1].Height", "invalid-height" },
        { "unknown role", "People[0].Role", "unknown-choice" },
        { "role as a number", "People[0].Role", "unknown-choice" },
        { "two sexes at once", "People[2].Sex", "unknown-choice" },
        { "unknown age band", "People[0].AgeBand", "unknown-choice" },
        { "name over 100 characters", "People[0].Name", "too-long" },
        { "description over 1000 characters", "People[2].Description", "too-long" },
        { "four people", "People", "too-many" },
        { "plate starting with a city", "Vehicles[0].Plate", "invalid-plate" },
        { "plate with only question marks", "Vehicles[1].Plate", "invalid-plate" },
        { "plate over 20 characters", "Vehicles[0].Plate", "too-long" },
        { "unknown vehicle type", "Vehicles[0].Type", "unknown-choice" },
        { "direction over 200 characters", "Vehicles[1].Direction", "too-long" },
        { "three vehicles", "Vehicles", "too-many" },
    };

    [Theory]
    [MemberData(nameof(BadBlocks))]
    public async Task A_bad_part_of_a_block_is_refused_naming_the_block_and_the_part(string input, string field, string code)
    {
        PersonSubmission[] People(int index, PersonSubmission person) =>
            [.. Enumerable.Range(0, 3).Select(i => i == index ? person : new PersonSubmission())];
        VehicleSubmission[] Vehicles(int index, VehicleSubmission vehicle) =>
            [.. Enumerable.Range(0, 2).Select(i => i == index ? vehicle : new VehicleSubmission())];
        var valid = TipSubmissions.Valid();
        var submission = input switch
        {
            "age over 120" => valid with { People = People(0, new() { Age = "121" }) },
            "negative age" => valid with { People = People(0, new() { Age = "-1" }) },
            "age in words" => valid with { People = People(0, new() { Age = "四十岁左右" }) },
            "height under 30 cm" => valid with { People = People(1, new() { Height = "29" }) },
            "height in metres" => valid with { People = People(1, new() { Height = "1.7" }) },
            "unknown role" => valid with { People = People(0, new() { Role = "Boss" }) },
            "role as a number" => valid with { People = People(0, new() { Role = "1" }) },
            "two sexes at once" => valid with { People = People(2, new() { Sex = "Male, Female" }) },
            "unknown age band" => valid with { People = People(0, new() { AgeBand = "Teen" }) },
            "name over 100 characters" => valid with { People = People(0, new() { Name = new string('王', 101) }) },
            "description over 1000 characters" => valid with { People = People(2, new() { Description = new string('衣', 1001) }) },
            "four people" => valid with { People = [.. Enumerable.Range(0, 4).Select(i => new PersonSubmission { Name = $"人{i}" })] },
            "plate starting with a city" => valid with { Vehicles = Vehicles(0, new() { Plate = "兰A12345" }) },
            "plate with only question marks" => valid with { Vehicles = Vehicles(1, new() { Plate = "?? ???" }) },
            "plate over 20 characters" => valid with { Vehicles = Vehicles(0, new() { Plate = new string('1', 21) }) },
            "unknown vehicle type" => valid with { Vehicles = Vehicles(0, new() { Type = "Tank" }) },
            "direction over 200 characters" => valid with { Vehicles = Vehicles(1, new() { Direction = new string('西', 201) }) },
            "three vehicles" => valid with { Vehicles = [.. Enumerable.Range(0, 3).Select(i => new VehicleSubmission { Colour = $"色{i}" })] },
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };

        var result = await Intake.SubmitAsync(submission);

        Assert.False(result.Accepted);
        Assert.Equal(Problem.Error(code, field), Assert.Single(result.Errors));
    }

    [Fact]
    public async Task The_limits_themselves_are_accepted()
    {
        var submission = TipSubmissions.Valid() with
        {
            People =
            [
                new PersonSubmission { Age = "0", Height = "30", Name = string.Concat(Enumerable.Repeat("👧", 100)) },
                new PersonSubmission { Age = "120", Height = "250", Description = new string('衣', 1000) },
                new PersonSubmission { Language = new string('语', 100) },
            ],
            Vehicles = [new VehicleSubmission { Plate = "甘 A · 1 2 3 4 5 学 ", Direction = new string('西', 200) }, new VehicleSubmission { Plate = "使12345" }],
        };

        var result = await Intake.SubmitAsync(submission);

        Assert.True(result.Accepted, string.Join(", ", result.Errors));
        var report = await StoredReportAsync(result.TipId!.Value);
        Assert.Equal([0, 120, null], report.People.Select(person => person.Age));
        Assert.Equal(["甘A12345学", "使12345"], report.Vehicles.Select(vehicle => vehicle.Plate));
    }
}
