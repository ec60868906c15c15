namespace Portal.Storage.Blobs;

public sealed class BlobRangeNotSatisfiableException : Exception
{
    public BlobRangeNotSatisfiableException(long offset, long totalLength)
        : base($"The range starting at byte {offset} lies outside a blob of {totalLength} bytes.")
    {
        TotalLength = totalLength;
    }

    public BlobRangeNotSatisfiableException()
    {
    }

    public BlobRangeNotSatisfiableException(string message) : base(message)
    {
    }

    public BlobRangeNotSatisfiableException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public long TotalLength { get; }
}
