namespace Portal.Tests.Storage;

/// <summary>
/// Blob-store tests measure the live managed heap, which other tests running at the same time would inflate;
/// xUnit runs this collection on its own, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringTests
{
    public const string Name = "Memory-measuring";
}
