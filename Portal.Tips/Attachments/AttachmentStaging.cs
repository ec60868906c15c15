namespace Portal.Tips.Attachments;

/// <summary>
/// Files sent in the same post as the report form arrive before the page has validated the form, so they are
/// encrypted into a staging set first: the set holds the id and the wrapped data key the tip will get, keyed by
/// the form's idempotency key. The files are ordinary <see cref="TipAttachment"/> rows under that future tip id.
/// When the tip is committed it takes over the id and key (and the set is removed in the same transaction); a
/// form corrected after an error finds its files again; a set never submitted is swept after its lifetime.
/// </summary>
internal sealed class AttachmentStaging
{
    /// <summary>Keyed hash of the form's idempotency key (the same hash the tip stores).</summary>
    public byte[] IdempotencyKeyHash { get; set; } = [];

    public Guid TipId { get; set; }

    /// <summary>The data key the tip will use, wrapped under the form's own key (<see cref="StagingKey"/>).</summary>
    public byte[] WrappedDataKey { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
