using System.Text.Json;
using Portal.Tips.Reporting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Reporting;

/// <summary>The report's JSON inside the encryption: stable names, and tips stored before the structured fields still open.</summary>
[UnitTest]
public sealed class TipReportJsonTests
{
    [Fact]
    public void Choices_are_stored_by_name_and_the_report_round_trips()
    {
        var report = new TipReport(
            "叙述", null, null, null, new DateOnly(2026, 11, 28), false, true,
            [new InvolvedPerson(PersonRole.Victim, PersonSex.Female, 6, AgeBand.Child, 115, "红色书包", null, "临夏话")],
            [new InvolvedVehicle(VehicleType.Van, "甘N?2345", "银色")],
            null);

        var json = JsonSerializer.Serialize(report);

        Assert.Contains("\"Role\":\"Victim\"", json, StringComparison.Ordinal);
        Assert.Contains("\"AgeBand\":\"Child\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Type\":\"Van\"", json, StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize<TipReport>(json)!;
        Assert.Equal(report.People, read.People);
        Assert.Equal(report.Vehicles, read.Vehicles);
        Assert.Equal(report with { People = read.People, Vehicles = read.Vehicles }, read);
    }

    [Fact]
    public void A_report_stored_with_free_text_people_and_vehicles_opens_with_that_text_as_the_description()
    {
        const string Stored = """
            {"WhatHappened":"叙述","PlaceDetail":null,"OtherProvince":null,"WhenText":null,"WhenDate":null,
             "HappeningNow":false,"ChildJustMissing":false,"People":"男子约四十岁，穿黑色外套","Vehicles":null,"OnlineLinks":null}
            """;

        var read = JsonSerializer.Deserialize<TipReport>(Stored)!;

        Assert.Equal(new InvolvedPerson(Description: "男子约四十岁，穿黑色外套"), Assert.Single(read.People));
        Assert.Empty(read.Vehicles);
    }
}
