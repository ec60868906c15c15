using Portal.Tests.Infrastructure;

namespace Portal.Tests.PublicSite;

/// <summary>The real portal host with the seed content published at start-up, as a new installation has it.</summary>
public sealed class SeededPortalFactory() : PortalFactory(null, new Dictionary<string, string?> { ["Content:Seed:Enabled"] = "true" });
