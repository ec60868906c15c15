namespace Portal.Storage.Blobs;

public enum BlobStoreProvider
{
    FileSystem,
    AzureBlob,
}

public sealed class BlobStorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>FileSystem</c> (default) or <c>AzureBlob</c>.</summary>
    public string Provider { get; set; } = nameof(BlobStoreProvider.FileSystem);

    /// <summary>Root folder of the file-system store; relative paths are under the content root.</summary>
    public string FileSystemRoot { get; set; } = "data/blobs";

    /// <summary>Azure Storage connection string (Azurite's "UseDevelopmentStorage=true" works too).</summary>
    public string? AzureConnectionString { get; set; }

    public string AzureContainer { get; set; } = "portal";
}
