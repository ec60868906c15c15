namespace Portal.Tips.Police;

/// <summary>Why a tip was closed.</summary>
public enum CaseOutcome
{
    Substantiated,
    Unsubstantiated,
    Duplicate,
    ReferredElsewhere,
    Spam,
}
