namespace Portal.Content.Common;

/// <summary>One page of a list the manager shows; every list query pages on the server.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

internal static class Paging
{
    public const int MaxPageSize = 200;

    /// <summary>Rows to skip and take for a 1-based page number; the size is clamped to 1..<see cref="MaxPageSize"/>.</summary>
    public static (int Skip, int Take) Bounds(int pageNumber, int pageSize)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        return ((Math.Max(pageNumber, 1) - 1) * size, size);
    }
}
