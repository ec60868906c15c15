using Portal.Storage.Blobs;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Storage;

/// <summary>The same contract against Azure Blob Storage, as emulated by Azurite on 127.0.0.1.</summary>
[Collection(MemoryMeasuringTests.Name)]
[IntegrationTest]
public sealed class AzureBlobStoreTests : BlobStoreContract, IAsyncLifetime
{
    private readonly AzureBlobStore store = BlobStorageRegistration.CreateAzureStore(TestServices.Azurite, "test-" + Guid.NewGuid().ToString("N")[..16]);

    protected override IBlobStore Store => store;

    public Task InitializeAsync() => store.EnsureAvailableAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_unreachable_account_fails_the_availability_check_quickly()
    {
        var unreachable = BlobStorageRegistration.CreateAzureStore(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;",
            "portal");

        await Assert.ThrowsAnyAsync<Exception>(() => unreachable.EnsureAvailableAsync());
    }
}
