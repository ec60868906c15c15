using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;
using Portal.Storage.Redis;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Storage;

/// <summary>The <c>Redis</c> section: none is one node; a wrong string stops start-up naming the setting, never showing a password.</summary>
[UnitTest]
public sealed class RedisOptionsTests
{
    [Fact]
    public void No_configuration_is_one_node_and_a_wrong_one_names_the_setting_without_its_password()
    {
        using var provider = new ServiceCollection().AddPortalRedis().BuildServiceProvider();
        var validator = provider.GetServices<IValidateOptions<RedisOptions>>().Single(v => v is not AnnotatedOptionsValidator<RedisOptions>);

        Assert.True(validator.Validate(null, new RedisOptions()).Succeeded);
        Assert.False(new RedisOptions().Enabled);
        Assert.True(validator.Validate(null, new RedisOptions { Configuration = "redis.internal:6379,password=s3cret-pw,ssl=true" }).Succeeded);

        var wrong = validator.Validate(null, new RedisOptions { Configuration = "redis.internal:6379,password=s3cret-pw,colour=blue" });
        Assert.StartsWith("Redis:Configuration:", wrong.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", wrong.FailureMessage, StringComparison.Ordinal);
        Assert.StartsWith("Redis:InstanceName:", validator.Validate(null, new RedisOptions { InstanceName = " " }).FailureMessage, StringComparison.Ordinal);
    }
}
