namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real services the suite runs against. ./test.sh starts PostgreSQL, Azurite and Redis on 127.0.0.1 and passes
/// their addresses in these variables; running the tests without them fails with this explanation.
/// </summary>
public static class TestServices
{
    public const string PostgresVariable = "PORTAL_TEST_POSTGRES";
    public const string AzuriteVariable = "PORTAL_TEST_AZURITE";
    public const string AzuriteBinaryVariable = "PORTAL_TEST_AZURITE_BIN";
    public const string RedisVariable = "PORTAL_TEST_REDIS";

    /// <summary>A connection string to a PostgreSQL server as a user who may create databases.</summary>
    public static string PostgresServer => Required(PostgresVariable);

    /// <summary>An Azure Storage connection string for Azurite's blob service.</summary>
    public static string Azurite => Required(AzuriteVariable);

    /// <summary>The azurite-blob program, for tests that stop and restart a store of their own.</summary>
    public static string AzuriteBinary => Required(AzuriteBinaryVariable);

    /// <summary>A StackExchange.Redis configuration string (host:port) for a redis-server without persistence.</summary>
    public static string Redis => Required(RedisVariable);

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set. Run the suite with ./test.sh, which starts PostgreSQL, Azurite and Redis and sets it.");
}
