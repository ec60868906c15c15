namespace Portal.Tips.Rewards;

/// <summary>
/// Section <c>Tips:Rewards</c>: the reward schedule an officer proposes from, and the police offices where a
/// reporter redeems a claim code. With nothing configured the defaults below apply (examples: each deployment
/// sets its own amounts and offices); configuring a list replaces the defaults as a whole.
/// </summary>
public sealed class RewardOptions
{
    public const string SectionName = "Tips:Rewards";

    /// <summary>The office used when no office is configured for the tip's county or prefecture.</summary>
    public const string DefaultOffice = "default";

    public List<RewardLevelOptions> Schedule { get; set; } = [];

    /// <summary>Keyed by a jurisdiction key (a county or prefecture code, or <c>province</c>) or <see cref="DefaultOffice"/>.</summary>
    public Dictionary<string, RewardOfficeOptions> Offices { get; set; } = new(StringComparer.Ordinal);

    public static IReadOnlyList<RewardLevelOptions> DefaultSchedule { get; } =
    [
        new() { Code = "verified", Label = "线索查证属实", LabelEn = "Tip verified", AmountYuan = 1_000 },
        new() { Code = "rescue", Label = "协助解救被拐卖人员", LabelEn = "Helped rescue a trafficked person", AmountYuan = 5_000 },
        new() { Code = "major-case", Label = "协助侦破重大案件", LabelEn = "Helped solve a major case", AmountYuan = 20_000 },
    ];

    public static RewardOfficeOptions DefaultOfficeOptions { get; } = new()
    {
        Name = "甘肃省公安厅刑事侦查总队",
        NameEn = "Criminal Investigation Corps, Gansu Provincial Public Security Department",
    };
}

/// <summary>One level of the schedule: a stable code (stored with each reward), its labels and the amount.</summary>
public sealed class RewardLevelOptions
{
    public string Code { get; set; } = "";

    /// <summary>Chinese label.</summary>
    public string Label { get; set; } = "";

    public string? LabelEn { get; set; }

    /// <summary>Whole yuan.</summary>
    public int AmountYuan { get; set; }
}

/// <summary>A police office where claim codes are redeemed in person (identity is checked there).</summary>
public sealed class RewardOfficeOptions
{
    /// <summary>Chinese name.</summary>
    public string Name { get; set; } = "";

    public string? NameEn { get; set; }

    public string? Address { get; set; }

    public string? AddressEn { get; set; }

    /// <summary>Opening hours or how to make an appointment, as free text.</summary>
    public string? Hours { get; set; }

    public string? HoursEn { get; set; }
}
