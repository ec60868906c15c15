using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Portal.Storage.Blobs;

internal sealed class BlobStorageOptionsValidator : IValidateOptions<BlobStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, BlobStorageOptions options)
    {
        if (!Enum.TryParse<BlobStoreProvider>(options.Provider, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            return ValidateOptionsResult.Fail($"Storage:Provider: '{options.Provider}' is not a known blob store; use FileSystem or AzureBlob.");
        }

        if (provider == BlobStoreProvider.FileSystem)
        {
            return string.IsNullOrWhiteSpace(options.FileSystemRoot)
                ? ValidateOptionsResult.Fail("Storage:FileSystemRoot: a folder is required for the FileSystem blob store.")
                : ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.AzureConnectionString))
        {
            return ValidateOptionsResult.Fail("Storage:AzureConnectionString: a connection string is required for the AzureBlob blob store.");
        }

        try
        {
            _ = new BlobServiceClient(options.AzureConnectionString);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            return ValidateOptionsResult.Fail("Storage:AzureConnectionString: not a valid Azure Storage connection string.");
        }

        return string.IsNullOrWhiteSpace(options.AzureContainer)
            ? ValidateOptionsResult.Fail("Storage:AzureContainer: a container name is required for the AzureBlob blob store.")
            : ValidateOptionsResult.Success;
    }
}
