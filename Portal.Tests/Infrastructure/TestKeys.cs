using Microsoft.Extensions.Options;
using Portal.Tips.Protection;

namespace Portal.Tests.Infrastructure;

/// <summary>Settings for test hosts only: the Tips key-encryption and hash keys, the proof-of-work HMAC key, generous limits, no content seeding.</summary>
public static class TestKeys
{
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Tips:Keys:CurrentVersion"] = "1",
        ["Tips:Keys:Versions:1"] = "dGVzdC1rZXktZW5jcnlwdGlvbi1rZXktdmVyc2lvbjE=",
        ["Tips:Keys:HashKey"] = "dGVzdC1oYXNoLWtleS1yZWNlaXB0cy1idWNrZXRzISE=",
        ["Tips:AntiBot:HmacKey"] = "test-proof-of-work-hmac-key-at-least-32-characters",
        // Test hosts post many tips from one client; RateLimitTests checks the real limits.
        ["Tips:SubmissionLimits:Verified"] = "1000",
        ["Tips:SubmissionLimits:Unverified"] = "1000",
        // Seeding takes seconds on a busy machine; SeedTests and SeedContentCommandTests seed on purpose.
        ["Content:Seed:Enabled"] = "false",
        // Every test host would otherwise recount all its tips at start-up and every minute; the oversight tests
        // refresh the rollup themselves.
        ["Tips:Oversight:BackgroundRefresh"] = "false",
    };

    /// <summary>The tip keys of the test hosts, for services a test builds by hand.</summary>
    public static IKeyEncryptionKeyProvider KeyProvider()
    {
        var options = new TipKeyOptions { CurrentVersion = 1, HashKey = Settings["Tips:Keys:HashKey"], Versions = { ["1"] = Settings["Tips:Keys:Versions:1"] } };
        return new KeyEncryptionKeyProvider(Options.Create(options), new KeyRingLoader());
    }
}
