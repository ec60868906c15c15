using Portal.Tips.Reporting;

namespace Portal.Tests.Reporting;

/// <summary>Builders for tip submissions as the form would post them.</summary>
public static class TipSubmissions
{
    public static TipSubmission Valid(string? narrative = null) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString("N"),
        Category = TipCategory.ChildAbduction,
        WhatHappened = narrative ?? "车站广场有一名成年男子带着一个哭泣的小女孩，女孩说不认识他。",
        PlaceKey = "620102",
        PlaceDetail = "兰州火车站东广场",
        WhenDate = "2026-11-28",
        WhenText = "傍晚六点左右",
        People = [new PersonSubmission { Role = "Suspect", Sex = "Male", Age = "40", Height = "175", Description = "穿黑色外套", Language = "河南口音" }],
        Vehicles = [new VehicleSubmission { Type = "Van", Plate = "甘A·12345", Colour = "白色" }],
        OnlineLinks = "微信号 example_account",
        Mode = ReporterMode.Anonymous,
    };
}
