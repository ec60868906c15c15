namespace Portal.Tips.Volunteers;

/// <summary>Error codes shared by several volunteer services.</summary>
public static class VolunteerErrors
{
    public const string OutsideRegion = "outside-region";
    public const string NotFound = "not-found";
    public const string Changed = "changed-meanwhile";
    public const string NotActive = "not-active";
}
