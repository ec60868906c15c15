namespace Portal.Storage.Blobs;

/// <summary>A byte range as HTTP Range asks for it: from <see cref="Offset"/>, <see cref="Length"/> bytes or to the end when null.</summary>
public readonly record struct ByteRange
{
    public ByteRange(long offset, long? length = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (length is not null)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length.Value);
        }

        Offset = offset;
        Length = length;
    }

    public long Offset { get; }

    public long? Length { get; }

    /// <summary>The number of bytes this range covers in a blob of <paramref name="totalLength"/> bytes.</summary>
    public long LengthWithin(long totalLength)
    {
        if (Offset >= totalLength)
        {
            throw new BlobRangeNotSatisfiableException(Offset, totalLength);
        }

        var available = totalLength - Offset;
        return Length is null ? available : Math.Min(Length.Value, available);
    }
}
