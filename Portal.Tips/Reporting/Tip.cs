namespace Portal.Tips.Reporting;

/// <summary>
/// A tip as stored. Only what the queue needs is plaintext (category, region, urgency, source, status, times,
/// whether the proof of work passed); the report, the contact details and the police's status message are
/// encrypted under the tip's own data key, which is stored wrapped by the key-encryption key.
/// </summary>
internal sealed class Tip
{
    public Guid Id { get; set; }

    /// <summary>The name staff and messages use (<see cref="TipReference"/>); unique, drawn when the row is made.</summary>
    public string Reference { get; set; } = TipReference.New();

    public string Category { get; set; } = TipCategory.Other;

    /// <summary>Prefecture key of the place, or null for another province or no place.</summary>
    public string? PrefectureKey { get; set; }

    /// <summary>County-level key of the place, when the reporter named one.</summary>
    public string? CountyKey { get; set; }

    public bool Urgent { get; set; }

    public TipSource Source { get; set; }

    public TipStatus Status { get; set; }

    public bool ProofOfWorkPassed { get; set; }

    /// <summary>Where the tip is worked: a division key or <c>province</c> (see <c>Police.Jurisdictions</c>).</summary>
    public string JurisdictionKey { get; set; } = Police.Jurisdictions.Province;

    public Police.TipPriority Priority { get; set; } = Police.TipPriority.P3;

    /// <summary>The identity user id of the officer working the tip.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>For a duplicate: the earliest tip of its cluster, which is worked (and rewarded) instead.</summary>
    public Guid? PrimaryTipId { get; set; }

    public Police.CaseOutcome? Outcome { get; set; }

    /// <summary>When an officer first acknowledged the tip (the SLA clock stops here).</summary>
    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>When an unacknowledged tip was escalated to the supervisors.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>New, or the reporter wrote since an officer last opened it.</summary>
    public bool UnreadByPolice { get; set; } = true;

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// The data key wrapped by the server's key-encryption key (see WrappedKey.ToBytes); empty for a sealed tip, whose
    /// key the server cannot open (<see cref="DataKeyShares"/>).
    /// </summary>
    public byte[] WrappedDataKey { get; set; } = [];

    /// <summary>A sealed tip's data key, sealed to each unit that may read it (<c>Sealing.UnitShares</c>); null before sealing.</summary>
    public byte[]? DataKeyShares { get; set; }

    /// <summary>A sealed tip's data key under a key derived from its receipt, for the reporter's own follow-up.</summary>
    public byte[]? ReporterDataKey { get; set; }

    /// <summary>
    /// A sealed tip's named reporter: the key of <see cref="EncryptedContact"/> in two sealed parts
    /// (<c>Sealing.ContactSeal</c>), opened only by an identity disclosure with two approvals; null otherwise.
    /// </summary>
    public byte[]? ContactKeyParts { get; set; }

    public byte[] ReceiptNumberHash { get; set; } = [];

    public byte[] PassphraseHash { get; set; } = [];

    /// <summary>Keyed hash of the form's idempotency key: a second submit of the same form finds this tip.</summary>
    public byte[] IdempotencyKeyHash { get; set; } = [];

    /// <summary>The encrypted <see cref="TipReport"/> (narrative, place, time, people, vehicles, links).</summary>
    public byte[] EncryptedReport { get; set; } = [];

    /// <summary>The encrypted <see cref="ReporterContact"/>; null for an anonymous tip. Under its own key when <see cref="ContactKeyParts"/> is set.</summary>
    public byte[]? EncryptedContact { get; set; }

    /// <summary>The police's message to the reporter, shown on the follow-up page (encrypted).</summary>
    public byte[]? EncryptedStatusMessage { get; set; }

    /// <summary>
    /// A volunteer's field lead: a keyed hash of the volunteer's id (<c>Volunteers.Leads.FieldLeads</c>), so the
    /// volunteer can follow the lead's status. No table puts a volunteer's name beside a tip, and the link goes
    /// with this row when the tip is purged.
    /// </summary>
    public byte[]? FieldLeadOf { get; set; }

    public List<TipMessage> Messages { get; } = [];
}
