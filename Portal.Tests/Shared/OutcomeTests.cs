using System.Reflection;
using Portal.Content;
using Portal.Tips;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.SharedKit;

[UnitTest]
public sealed class OutcomeTests
{
    [Fact]
    public void A_failure_carries_its_codes_and_no_value()
    {
        var refused = Outcome<Guid>.Fail(field: "shift", code: "outside-region");

        Assert.False(refused.Succeeded);
        Assert.Equal((Failure.Invalid, "outside-region", "shift"), (refused.Failure, refused.Error, Assert.Single(refused.Errors).Field));
        Assert.Equal(Guid.Empty, refused.Value);
    }

    [Fact]
    public void A_success_may_carry_warnings_but_has_no_error()
    {
        var done = Outcome.Of(42, [Problem.Warning("slug-changed", "slug")]);

        Assert.True(done.Succeeded);
        Assert.Null(done.Error);
        Assert.Equal("slug-changed", Assert.Single(done.Warnings).Code);
    }

    [Fact]
    public void A_failure_without_an_error_or_a_success_kind_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Outcome.Fail(Failure.Invalid, Problem.Warning("only-a-warning")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Outcome.Fail(Failure.None, Problem.Error("required")));
        Assert.Same(Outcome.Ok, Outcome.FromError(null));
        Assert.Equal("reason-required", Outcome.FromError("reason-required").Error);
    }

    [Fact]
    public void A_failure_changes_value_type_but_a_success_does_not()
    {
        var failed = Outcome.Fail("not-found", failure: Failure.NotFound);

        Assert.Equal((Failure.NotFound, "not-found"), (Outcome<string>.From(failed).Failure, Outcome<string>.From(failed).Error));
        Assert.Throws<InvalidOperationException>(() => Outcome<string>.From(Outcome.Ok));
    }

    /// <summary>
    /// Every service type that reports refusals (an <c>Error</c> or <c>Errors</c> member) is the shared outcome, so every
    /// page reads them one way. The host's JSON shapes for script clients are contracts of their own and not looked at.
    /// </summary>
    [Fact]
    public void Every_service_type_that_reports_errors_is_the_shared_outcome()
    {
        var services = typeof(ContentModule).Assembly.GetTypes().Concat(typeof(TipsModule).Assembly.GetTypes())
            .Concat(typeof(StaffDirectory).Assembly.GetTypes().Where(t => t.Namespace == typeof(StaffDirectory).Namespace));
        var reporting = services
            .Where(t => (t.IsPublic || t.IsNestedPublic) && !t.IsEnum && !IsComponent(t) && ReportsErrors(t))
            .ToList();

        Assert.NotEmpty(reporting);
        Assert.Empty(reporting.Where(t => !typeof(Outcome).IsAssignableFrom(t)).Select(t => t.FullName));
    }

    private static bool ReportsErrors(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.Name is "Error" or "Errors");

    /// <summary>No public service method answers with an (error, value) tuple: that is what <see cref="Outcome{T}"/> is for.</summary>
    [Fact]
    public void No_public_method_returns_an_error_tuple()
    {
        var assemblies = new[] { typeof(ContentModule).Assembly, typeof(TipsModule).Assembly, typeof(StaffDirectory).Assembly };
        var offenders = assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsPublic || t.IsNestedPublic)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => ReturnsErrorTuple(m.ReturnType))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    private static bool ReturnsErrorTuple(Type type)
    {
        var inner = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>) ? type.GetGenericArguments()[0] : type;
        return inner.IsGenericType && !inner.IsGenericParameter && inner.Namespace == "System" && inner.Name.StartsWith("ValueTuple", StringComparison.Ordinal)
            && inner.GetGenericArguments()[0] == typeof(string);
    }

    private static bool IsComponent(Type type) => typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(type);
}
