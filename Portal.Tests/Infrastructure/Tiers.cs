using Xunit.Abstractions;
using Xunit.Sdk;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The four tiers of the suite, as the trait <c>Tier</c> (<c>dotnet test --filter "Tier=Unit|Tier=Integration"</c>).
/// Every test class carries exactly one of <see cref="UnitTestAttribute"/>, <see cref="IntegrationTestAttribute"/>,
/// <see cref="BrowserTestAttribute"/> or <see cref="ProcessTestAttribute"/>, chosen by what the class really uses;
/// <see cref="TierTests"/> fails for a class with none or two. An abstract base class may carry the tier for its subclasses.
/// </summary>
public static class Tiers
{
    public const string Trait = "Tier";

    /// <summary>Pure logic and bUnit components: no database, no host, no server, no process; a temporary folder is allowed.</summary>
    public const string Unit = "Unit";

    /// <summary>In-process with real parts: SQLite or PostgreSQL databases, Azurite, a WebApplicationFactory host, a local fake server.</summary>
    public const string Integration = "Integration";

    /// <summary>Playwright driving Chromium against the portal on Kestrel.</summary>
    public const string Browser = "Browser";

    /// <summary>Starts the built portal as a separate process (start-up failures, the command line, a killed process).</summary>
    public const string Process = "Process";
}

/// <summary>Implemented by the four tier attributes.</summary>
public interface ITestTier : ITraitAttribute
{
    string Tier { get; }
}

/// <summary>See <see cref="Tiers.Unit"/>.</summary>
[TraitDiscoverer(TierDiscoverer.TypeName, TierDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class UnitTestAttribute : Attribute, ITestTier
{
    public string Tier => Tiers.Unit;
}

/// <summary>See <see cref="Tiers.Integration"/>.</summary>
[TraitDiscoverer(TierDiscoverer.TypeName, TierDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class IntegrationTestAttribute : Attribute, ITestTier
{
    public string Tier => Tiers.Integration;
}

/// <summary>See <see cref="Tiers.Browser"/>.</summary>
[TraitDiscoverer(TierDiscoverer.TypeName, TierDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class BrowserTestAttribute : Attribute, ITestTier
{
    public string Tier => Tiers.Browser;
}

/// <summary>See <see cref="Tiers.Process"/>.</summary>
[TraitDiscoverer(TierDiscoverer.TypeName, TierDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class ProcessTestAttribute : Attribute, ITestTier
{
    public string Tier => Tiers.Process;
}

/// <summary>Turns a tier attribute into the trait <c>Tier=…</c> for xunit 2.</summary>
public sealed class TierDiscoverer : ITraitDiscoverer
{
    public const string TypeName = "Portal.Tests.Infrastructure.TierDiscoverer";
    public const string AssemblyName = "Portal.Tests";

    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        ArgumentNullException.ThrowIfNull(traitAttribute);
        var tier = traitAttribute is IReflectionAttributeInfo { Attribute: ITestTier attribute }
            ? attribute.Tier
            : traitAttribute.GetNamedArgument<string>(nameof(ITestTier.Tier));
        return [new(Tiers.Trait, tier)];
    }
}
