using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;

namespace Portal.Storage.Blobs;

public static class BlobStorageRegistration
{
    /// <summary>Registers the configured <see cref="IBlobStore"/> (section <c>Storage</c>) and its readiness check.</summary>
    public static IServiceCollection AddPortalBlobStore(this IServiceCollection services)
    {
        services.AddValidatedOptions<BlobStorageOptions>(BlobStorageOptions.SectionName);
        services.AddSingleton<IValidateOptions<BlobStorageOptions>, BlobStorageOptionsValidator>();
        services.AddSingleton<IBlobStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BlobStorageOptions>>().Value;
            if (Enum.Parse<BlobStoreProvider>(options.Provider, ignoreCase: true) == BlobStoreProvider.AzureBlob)
            {
                return CreateAzureStore(options.AzureConnectionString!, options.AzureContainer);
            }

            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            return new FileSystemBlobStore(Path.GetFullPath(options.FileSystemRoot, contentRoot));
        });
        services.AddHealthChecks().AddCheck<BlobStoreHealthCheck>("blob-store", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// Few, short retries: an unreachable store should fail start-up and readiness within seconds,
    /// not after the SDK's default minute of back-off.
    /// </summary>
    public static AzureBlobStore CreateAzureStore(string connectionString, string containerName)
    {
        var clientOptions = new BlobClientOptions
        {
            Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(200), Mode = RetryMode.Fixed, NetworkTimeout = TimeSpan.FromSeconds(100) },
        };
        return new AzureBlobStore(new BlobServiceClient(connectionString, clientOptions).GetBlobContainerClient(containerName));
    }
}
