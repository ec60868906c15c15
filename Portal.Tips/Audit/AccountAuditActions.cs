namespace Portal.Tips.Audit;

/// <summary>
/// The chain's actions for staff accounts (roles, the two-person rule, authenticators). Jurisdiction grants keep
/// their own action (<c>grant</c>, written by <see cref="Police.OfficerGrants"/>). Details name user ids and role names
/// or jurisdiction keys, never a password, key or code.
/// </summary>
public static class AccountAuditActions
{
    public const string RoleChange = "role-change";
    public const string RoleRequest = "role-request";
    public const string GrantRequest = "grant-request";
    public const string Approve = "approval-approve";
    public const string Reject = "approval-reject";
    public const string AuthenticatorResetRequest = "authenticator-reset-request";
    public const string AuthenticatorReset = "authenticator-reset";
    public const string AccountLock = "account-lock";
    public const string AccountUnlock = "account-unlock";
    public const string AccountCreate = "account-create";
}
