using Portal.Tips.Intake;

namespace Portal.Web.TipReporting;

/// <summary>The report form as posted; every field is kept and shown again when something needs fixing.</summary>
public sealed class ReportForm
{
    public string IdempotencyKey { get; set; } = "";

    public string? Category { get; set; }

    public bool HappeningNow { get; set; }

    public bool ChildJustMissing { get; set; }

    public string? WhatHappened { get; set; }

    public string? PlaceKey { get; set; }

    public string? OtherProvince { get; set; }

    public string? PlaceDetail { get; set; }

    public string? WhenDate { get; set; }

    public string? WhenText { get; set; }

    public string? People { get; set; }

    public string? Vehicles { get; set; }

    public string? OnlineLinks { get; set; }

    public ReporterMode Mode { get; set; } = ReporterMode.Anonymous;

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Institution { get; set; }

    public string? Role { get; set; }

    /// <summary>Set when the form comes back with files already received (see <see cref="ReportFormUploads"/>).</summary>
    public bool HasStagedFiles { get; set; }

    public TipSubmission ToSubmission(bool proofOfWorkPassed) => new()
    {
        IdempotencyKey = IdempotencyKey,
        Category = Category,
        WhatHappened = WhatHappened,
        PlaceKey = PlaceKey,
        OtherProvince = OtherProvince,
        PlaceDetail = PlaceDetail,
        WhenDate = WhenDate,
        WhenText = WhenText,
        HappeningNow = HappeningNow,
        ChildJustMissing = ChildJustMissing,
        People = People,
        Vehicles = Vehicles,
        OnlineLinks = OnlineLinks,
        Mode = Mode,
        Name = Name,
        Phone = Phone,
        Institution = Institution,
        Role = Role,
        ProofOfWorkPassed = proofOfWorkPassed,
        WithStagedAttachments = HasStagedFiles,
    };
}
