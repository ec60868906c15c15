using Microsoft.Extensions.Options;

namespace Portal.Tips.Audit;

/// <summary>Section <c>Tips:Audit</c>: how often the head of the audit chain is checkpointed.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Tips:Audit";

    /// <summary>
    /// How often one node writes a signed checkpoint of the head (only when it moved). Entries removed from the end
    /// since the last checkpoint cannot be noticed, so this is the window an insider has.
    /// </summary>
    public TimeSpan CheckpointEvery { get; set; } = TimeSpan.FromMinutes(15);
}

internal sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options) =>
        options.CheckpointEvery > TimeSpan.Zero && options.CheckpointEvery <= TimeSpan.FromDays(1)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{AuditOptions.SectionName}:CheckpointEvery: must be a time span from one second to one day, e.g. 00:15:00.");
}
