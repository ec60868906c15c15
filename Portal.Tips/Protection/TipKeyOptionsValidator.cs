using Microsoft.Extensions.Options;

namespace Portal.Tips.Protection;

/// <summary>
/// Each failure is one line that starts with the setting to fix, so a deployment with missing or malformed keys
/// stops at start-up with a message an operator can act on, instead of failing at the first tip.
/// </summary>
public sealed class TipKeyOptionsValidator : IValidateOptions<TipKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, TipKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Versions.Count == 0 && options.CurrentVersion == 0 && string.IsNullOrWhiteSpace(options.HashKey))
        {
            return ValidateOptionsResult.Fail(
                $"{TipKeyOptions.SectionName}: no key-encryption key is configured; set {TipKeyOptions.SectionName}:CurrentVersion, " +
                $"{TipKeyOptions.SectionName}:Versions:<version> (32 random bytes in base64) and {TipKeyOptions.SectionName}:HashKey.");
        }

        var failures = new List<string>();
        foreach (var (version, base64) in options.Versions.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (!KeyMaterial.TryParseVersion(version, out _))
            {
                failures.Add($"{TipKeyOptions.SectionName}:Versions:{version}: the version must be a whole number above 0, without leading zeros.");
            }
            else if (!KeyMaterial.TryDecode(base64, out _))
            {
                failures.Add($"{TipKeyOptions.SectionName}:Versions:{version}: must be {KeyMaterial.KeySizeInBytes} bytes in base64.");
            }
        }

        if (options.CurrentVersion <= 0)
        {
            failures.Add($"{TipKeyOptions.SectionName}:CurrentVersion: must name a version above 0 that has a key in {TipKeyOptions.SectionName}:Versions.");
        }
        else if (!options.Versions.Keys.Any(key => KeyMaterial.TryParseVersion(key, out var version) && version == options.CurrentVersion))
        {
            failures.Add($"{TipKeyOptions.SectionName}:CurrentVersion: version {options.CurrentVersion} has no key in {TipKeyOptions.SectionName}:Versions.");
        }

        if (!KeyMaterial.TryDecode(options.HashKey, out _))
        {
            failures.Add($"{TipKeyOptions.SectionName}:HashKey: must be {KeyMaterial.KeySizeInBytes} bytes in base64.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
