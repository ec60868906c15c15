namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real services the suite runs against. ./test.sh starts PostgreSQL and Azurite on 127.0.0.1 and passes
/// their addresses in these variables; running the tests without them fails with this explanation.
/// </summary>
public static class TestServices
{
    public const string PostgresVariable = "PORTAL_TEST_POSTGRES";
    public const string AzuriteVariable = "PORTAL_TEST_AZURITE";
    public const string AzuriteBinaryVariable = "PORTAL_TEST_AZURITE_BIN";

    /// <summary>A connection string to a PostgreSQL server as a user who may create databases.</summary>
    public static string PostgresServer => Required(PostgresVariable);

    /// <summary>An Azure Storage connection string for Azurite's blob service.</summary>
    public static string Azurite => Required(AzuriteVariable);

    /// <summary>The azurite-blob program, for tests that stop and restart a store of their own.</summary>
    public static string AzuriteBinary => Required(AzuriteBinaryVariable);

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set. Run the suite with ./test.sh, which starts PostgreSQL and Azurite and sets it.");
}
