using System.Text.Json;
using Portal.Tests.Infrastructure;
using Portal.Tips.Protection;

namespace Portal.Tests.Tips.Protection;

/// <summary>The Production refusal knows every key the repository publishes, and nothing else.</summary>
[UnitTest]
public sealed class PublishedKeyCheckTests
{
    [Fact]
    public void Every_development_key_in_the_repository_is_known_as_published()
    {
        var tips = DevelopmentSettings().GetProperty("Tips");
        var keys = tips.GetProperty("Keys");
        var published = keys.GetProperty("Versions").EnumerateObject().Select(version => Convert.FromBase64String(version.Value.GetString()!))
            .Append(Convert.FromBase64String(keys.GetProperty("HashKey").GetString()!))
            .Append(System.Text.Encoding.UTF8.GetBytes(tips.GetProperty("AntiBot").GetProperty("HmacKey").GetString()!))
            .ToList();

        Assert.Equal(3, published.Count);
        Assert.All(published, key => Assert.True(PublishedKeyCheck.IsPublished(key)));
    }

    [Fact]
    public void The_test_keys_and_fresh_keys_are_not_taken_for_published_ones()
    {
        Assert.False(PublishedKeyCheck.IsPublished(Convert.FromBase64String(Portal.Tests.Infrastructure.TestKeys.Settings["Tips:Keys:Versions:1"])));
        Assert.False(PublishedKeyCheck.IsPublished(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
    }

    private static JsonElement DevelopmentSettings()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root!.FullName, "Portal.sln")))
        {
            root = root.Parent;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(root.FullName, "Portal.Web", "appsettings.Development.json")));
        return document.RootElement.Clone();
    }
}
