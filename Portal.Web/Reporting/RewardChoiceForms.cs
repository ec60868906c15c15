namespace Portal.Web.Reporting;

/// <summary>The reporter asks for a one-time claim code for an office. Carries the follow-up page's access token.</summary>
public sealed class RewardCodeForm
{
    public string? Access { get; set; }

    public string? OfficeKey { get; set; }
}

/// <summary>The reporter's bank details; kept as typed when something needs fixing.</summary>
public sealed class RewardBankForm
{
    public string? Access { get; set; }

    public string? AccountName { get; set; }

    public string? Bank { get; set; }

    public string? AccountNumber { get; set; }

    public bool Consent { get; set; }
}
