using System.Diagnostics;
using System.Globalization;

namespace Portal.Tests.Infrastructure;

/// <summary>An Azurite blob service of the test's own, which the test may stop and start again on the same port and data.</summary>
public sealed class AzuriteProcess : LoopbackServerProcess
{
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    protected override TimeSpan StartLimit => TimeSpan.FromSeconds(90);

    protected override ProcessStartInfo StartInfo() => Command(
        TestServices.AzuriteBinary,
        "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(CultureInfo.InvariantCulture), "--location", Data.Path, "--skipApiVersionCheck", "--silent", "--loose");
}
