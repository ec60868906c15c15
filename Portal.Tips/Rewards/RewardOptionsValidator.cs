using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Portal.Tips.Police;

namespace Portal.Tips.Rewards;

/// <summary>Fills in the example defaults when nothing is configured.</summary>
internal sealed class RewardOptionsDefaults : IPostConfigureOptions<RewardOptions>
{
    public void PostConfigure(string? name, RewardOptions options)
    {
        if (options.Schedule.Count == 0)
        {
            options.Schedule.AddRange(RewardOptions.DefaultSchedule.Select(l => new RewardLevelOptions
            {
                Code = l.Code, Label = l.Label, LabelEn = l.LabelEn, AmountYuan = l.AmountYuan,
            }));
        }

        if (options.Offices.Count == 0)
        {
            options.Offices[RewardOptions.DefaultOffice] = RewardOptions.DefaultOfficeOptions;
        }
    }
}

/// <summary>Fails start-up with one line per wrong setting.</summary>
internal sealed partial class RewardOptionsValidator : IValidateOptions<RewardOptions>
{
    public const int LargestAmountYuan = 1_000_000;

    public ValidateOptionsResult Validate(string? name, RewardOptions options)
    {
        var failures = new List<string>();
        const string Schedule = RewardOptions.SectionName + ":Schedule";
        const string Offices = RewardOptions.SectionName + ":Offices";
        for (var i = 0; i < options.Schedule.Count; i++)
        {
            var level = options.Schedule[i];
            if (!LevelCode().IsMatch(level.Code ?? ""))
            {
                failures.Add($"{Schedule}:{i}:Code: a short code of lower-case letters, digits and dashes is required, e.g. verified.");
            }
            else if (options.Schedule.Take(i).Any(earlier => earlier.Code == level.Code))
            {
                failures.Add($"{Schedule}:{i}:Code: '{level.Code}' is used by an earlier level; codes must be unique.");
            }

            if (string.IsNullOrWhiteSpace(level.Label))
            {
                failures.Add($"{Schedule}:{i}:Label: the Chinese label is required, e.g. 线索查证属实.");
            }

            if (level.AmountYuan is < 1 or > LargestAmountYuan)
            {
                failures.Add($"{Schedule}:{i}:AmountYuan: whole yuan between 1 and {LargestAmountYuan} is required.");
            }
        }

        if (!options.Offices.ContainsKey(RewardOptions.DefaultOffice))
        {
            failures.Add($"{Offices}:{RewardOptions.DefaultOffice}: an office for tips without an office of their own is required (Name at least).");
        }

        foreach (var (key, office) in options.Offices)
        {
            if (key != RewardOptions.DefaultOffice && !Jurisdictions.IsKnown(key))
            {
                failures.Add($"{Offices}:{key}: not a Gansu division code, 'province' or '{RewardOptions.DefaultOffice}'.");
            }

            if (string.IsNullOrWhiteSpace(office?.Name))
            {
                failures.Add($"{Offices}:{key}:Name: the office's Chinese name is required.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex LevelCode();
}
