using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Content.Workflow;
using Portal.Shared.Options;
using Portal.Tests.Infrastructure;
using Xunit;

namespace Portal.Tests.SharedKit;

/// <summary>A setting that would break a timer or a limit stops start-up with one line naming it.</summary>
[UnitTest]
public sealed class ValidatedOptionsTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    [InlineData("2.00:00:00")]
    public void An_interval_out_of_range_stops_start_up_naming_the_setting(string interval)
    {
        using var provider = Services(new() { ["Content:Scheduler:Interval"] = interval });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal("Content:Scheduler:Interval: must be between 1 second and 1 day.", Assert.Single(failure.Failures));
    }

    [Fact]
    public void A_good_interval_passes_and_is_bound()
    {
        using var provider = Services(new() { ["Content:Scheduler:Interval"] = "00:00:45" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(TimeSpan.FromSeconds(45), provider.GetRequiredService<IOptions<ContentSchedulerOptions>>().Value.Interval);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddValidatedOptions<ContentSchedulerOptions>(ContentSchedulerOptions.SectionName);
        return services.BuildServiceProvider();
    }
}

/// <summary>Every settings class of the portal (a class with a <c>SectionName</c>) is registered through <see cref="ValidatedOptions"/>.</summary>
[IntegrationTest]
public sealed class EveryOptionsClassIsValidatedTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] PortalAssemblies = ["Portal.Web", "Portal.Content", "Portal.Tips", "Portal.Storage", "Portal.Shared"];

    [Fact]
    public void Each_settings_class_has_its_annotations_checked_at_start_up()
    {
        var settingsClasses = PortalAssemblies
            .Select(Assembly.Load)
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsClass && type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .ToList();
        portal.CreateClient().Dispose();

        var unvalidated = settingsClasses
            .Where(type => !((IEnumerable<object>)portal.Services.GetServices(typeof(IValidateOptions<>).MakeGenericType(type))!)
                .Any(validator => validator.GetType() == typeof(AnnotatedOptionsValidator<>).MakeGenericType(type)))
            .Select(type => type.FullName)
            .ToList();

        Assert.True(settingsClasses.Count >= 16, $"found only {settingsClasses.Count} settings classes");
        Assert.Empty(unvalidated);
    }
}
