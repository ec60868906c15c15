namespace Portal.Rehearsal;

/// <summary>What run.sh hands over in REHEARSAL_* variables.</summary>
internal sealed record Settings(
    Uri BaseUrl,
    string Host,
    int NginxPort,
    string CaPath,
    string AccessLog,
    Uri NodeA,
    Uri NodeB,
    string AdminEmail,
    string AdminPassword,
    string SecondAdminEmail,
    string SecondAdminPassword,
    string SystemAdminEmail,
    string SystemAdminPassword,
    int PgPort,
    string OwnerPassword,
    string NodeScript,
    string Directory,
    string Chromium,
    string AzureConnectionString)
{
    public static Settings FromEnvironment() => new(
        new Uri(Get("REHEARSAL_BASE_URL")),
        Get("REHEARSAL_HOST"),
        int.Parse(Get("REHEARSAL_NGINX_PORT"), System.Globalization.CultureInfo.InvariantCulture),
        Get("REHEARSAL_CA"),
        Get("REHEARSAL_ACCESS_LOG"),
        new Uri(Get("REHEARSAL_NODE_A")),
        new Uri(Get("REHEARSAL_NODE_B")),
        Get("REHEARSAL_ADMIN_EMAIL"),
        Get("REHEARSAL_ADMIN_PASSWORD"),
        Get("REHEARSAL_ADMIN2_EMAIL"),
        Get("REHEARSAL_ADMIN2_PASSWORD"),
        Get("REHEARSAL_SYSADMIN_EMAIL"),
        Get("REHEARSAL_SYSADMIN_PASSWORD"),
        int.Parse(Get("REHEARSAL_PG_PORT"), System.Globalization.CultureInfo.InvariantCulture),
        Get("REHEARSAL_OWNER_PASSWORD"),
        Get("REHEARSAL_NODE_SH"),
        Get("REHEARSAL_DIR"),
        Get("REHEARSAL_CHROMIUM"),
        Get("REHEARSAL_AZURE_CS"));

    private static string Get(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set (run scripts/rehearsal/run.sh).");

    public Uri NodeUrl(string node) => node == "A" ? NodeA : NodeB;
}
