using Microsoft.Extensions.Options;
using Portal.Tips.Police;

namespace Portal.Tips.Retention;

/// <summary>Stops start-up on a period that would delete tips by mistake (zero, negative, or under a day: a typo).</summary>
internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    internal const int LargestBatchSize = 10_000;

    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        var failures = new List<string>();
        const string Prefix = RetentionOptions.SectionName + ":";
        foreach (var outcome in Enum.GetValues<CaseOutcome>())
        {
            if (options.PeriodOf(outcome) < TimeSpan.FromDays(1))
            {
                failures.Add($"{Prefix}{outcome}: must be at least one day, written as days.hours:minutes:seconds, e.g. 365.00:00:00.");
            }
        }

        if (options.NeverClosed < TimeSpan.FromDays(1))
        {
            failures.Add($"{Prefix}NeverClosed: must be at least one day, e.g. 1825.00:00:00.");
        }

        if (options.SignInAttempts < TimeSpan.FromDays(1))
        {
            failures.Add($"{Prefix}SignInAttempts: must be at least one day (the receipt throttle looks back over minutes), e.g. 30.00:00:00.");
        }

        if (options.Interval <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}Interval: must be a positive time span, e.g. 01:00:00.");
        }

        if (options.BatchSize is < 1 or > LargestBatchSize)
        {
            failures.Add($"{Prefix}BatchSize: must be between 1 and {LargestBatchSize}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
