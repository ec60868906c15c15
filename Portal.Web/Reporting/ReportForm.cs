using Portal.Tips.Reporting;

namespace Portal.Web.Reporting;

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

    /// <summary>The person blocks; <see cref="AddEmptyBlocks"/> fills them up to the number the form shows.</summary>
    public List<PersonForm> People { get; set; } = [];

    public List<VehicleForm> Vehicles { get; set; } = [];

    public string? OnlineLinks { get; set; }

    public ReporterMode Mode { get; set; } = ReporterMode.Anonymous;

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Institution { get; set; }

    public string? Role { get; set; }

    /// <summary>Set when the form comes back with files already received (see <see cref="ReportFormUploads"/>).</summary>
    public bool HasStagedFiles { get; set; }

    /// <summary>
    /// Without JavaScript there is no "add a person" button: the form always shows the most blocks a tip can
    /// have, and a post carries only the blocks that were sent.
    /// </summary>
    public void AddEmptyBlocks()
    {
        // Form binding leaves a list null when a post carries none of its fields (a hand-made post, an old page).
        People ??= [];
        Vehicles ??= [];
        while (People.Count < InvolvedParties.MaxPeople)
        {
            People.Add(new PersonForm());
        }

        while (Vehicles.Count < InvolvedParties.MaxVehicles)
        {
            Vehicles.Add(new VehicleForm());
        }
    }

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
        People = [.. People.Select(person => person.ToSubmission())],
        Vehicles = [.. Vehicles.Select(vehicle => vehicle.ToSubmission())],
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
