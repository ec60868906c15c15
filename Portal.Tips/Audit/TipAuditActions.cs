namespace Portal.Tips.Audit;

internal static class TipAuditActions
{
    public const string View = "view";
    public const string Decrypt = "decrypt";
    public const string Download = "download";
    public const string DownloadOriginal = "download-original";
    public const string Acknowledge = "acknowledge";
    public const string StatusChange = "status";
    public const string PriorityChange = "priority";
    public const string Assign = "assign";
    public const string Duplicate = "duplicate";
    public const string Transfer = "transfer";
    public const string Note = "note";
    public const string Message = "message";
    public const string StatusMessage = "status-message";
    public const string Escalate = "escalate";
    public const string Export = "export";
    public const string ReadAudit = "read-audit";
    public const string RewardPropose = "reward-propose";
    public const string RewardApprove = "reward-approve";
    public const string RewardReject = "reward-reject";
    public const string RewardChoose = "reward-choose";
    public const string RewardPay = "reward-pay";
    public const string RewardCodeRefused = "reward-code-refused";
    public const string Purge = "purge";
    public const string GrantJurisdiction = "grant";
    public const string ClaimOfficeAdd = "claim-office-add";
    public const string ClaimOfficeEdit = "claim-office-edit";
    public const string ClaimOfficeRemove = "claim-office-remove";
}
