using System.Reflection;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Tests.Browser;
using Portal.Tests.Content;
using Portal.Tests.Content.Media;
using Xunit.Sdk;

namespace Portal.Tests.Infrastructure;

/// <summary>Every test class is in exactly one tier, and the tier fits what the class uses, so a new test cannot slip past <c>--fast</c>.</summary>
[UnitTest]
public sealed class TierTests
{
    private static readonly Type[] TestClasses = [.. typeof(TierTests).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && type.GetMethods().Any(method => method.IsDefined(typeof(FactAttribute), inherit: true)))];

    /// <summary>Types that bring a database, a host, a server or a blob store with them.</summary>
    private static readonly Type[] RealParts =
    [
        typeof(WebApplicationFactory<Program>), typeof(PostgresPortalFixture), typeof(PostgresDatabaseFixture), typeof(ContentDatabaseFixture), typeof(ContentHarness),
        typeof(MediaBlobsFixture), typeof(AzuriteProcess), typeof(Tips.AntiBot.SqliteTipsHarness), typeof(Tips.AntiBot.FakeSiteVerify),
        typeof(Tips.Protection.FakeKeyVault), typeof(Reporting.Pages.RecaptchaHarness), typeof(BrowserFixture), typeof(SmtpServerProcess), typeof(RunningPortal),
    ];

    private static string[] TiersOf(Type type) => [.. type.GetCustomAttributes(inherit: true).OfType<ITestTier>().Select(attribute => attribute.Tier)];

    [Fact]
    public void The_suite_has_test_classes()
    {
        Assert.True(TestClasses.Length > 100, $"only {TestClasses.Length} test classes found");
    }

    [Fact]
    public void Every_test_class_has_exactly_one_tier()
    {
        var wrong = TestClasses
            .Select(type => (type, tiers: TiersOf(type)))
            .Where(entry => entry.tiers.Length != 1)
            .Select(entry => $"{entry.type.FullName}: [{string.Join(", ", entry.tiers)}]");

        Assert.Empty(wrong);
    }

    [Fact]
    public void A_class_that_holds_a_database_host_or_server_is_not_a_unit_test()
    {
        var wrong = TestClasses
            .Where(type => TiersOf(type) is [Tiers.Unit])
            .Select(type => (type, parts: UsedTypes(type).Where(used => RealParts.Any(part => IsA(used, part))).Select(used => used.Name).Distinct().ToArray()))
            .Where(entry => entry.parts.Length > 0)
            .Select(entry => $"{entry.type.FullName} uses {string.Join(", ", entry.parts)}");

        Assert.Empty(wrong);
    }

    [Fact]
    public void Browser_tests_are_the_classes_of_the_browser_collection_and_close_their_pages()
    {
        var wrong = TestClasses
            .Where(type => TiersOf(type) is [Tiers.Browser] != (CollectionOf(type) == BrowserTests.Name && type.IsSubclassOf(typeof(BrowserTestBase))))
            .Select(type => type.FullName);

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_discoverer_reports_the_tier_as_a_trait()
    {
        var attribute = Reflector.Wrap(typeof(TierTests).GetCustomAttributesData().Single(data => data.AttributeType == typeof(UnitTestAttribute)));

        Assert.Equal([new KeyValuePair<string, string>("Tier", "Unit")], new TierDiscoverer().GetTraits(attribute));
    }

    /// <summary>xunit 2's <see cref="CollectionAttribute"/> keeps its name only in the attribute data.</summary>
    private static string? CollectionOf(Type type) =>
        type.GetCustomAttributesData().FirstOrDefault(data => data.AttributeType == typeof(CollectionAttribute))?.ConstructorArguments[0].Value as string;

    /// <summary>Constructor parameters, class fixtures and fields (also of base classes and captured primary-constructor parameters).</summary>
    private static IEnumerable<Type> UsedTypes(Type type)
    {
        foreach (var constructor in type.GetConstructors())
        {
            foreach (var parameter in constructor.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }

        foreach (var fixture in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IClassFixture<>)))
        {
            yield return fixture.GetGenericArguments()[0];
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return field.FieldType;
            }
        }
    }

    private static bool IsA(Type type, Type part) => part.IsAssignableFrom(type);
}
