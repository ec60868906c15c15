using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Tips.Police;
using Portal.Tips.Retention;

namespace Portal.Web.Reporting;

/// <summary>
/// The report form's sentence on how long a tip is kept, written from the configured periods
/// (<see cref="RetentionOptions"/>), so the form says what the purge will actually do.
/// </summary>
public sealed class RetentionNotice(IOptions<RetentionOptions> options, IStringLocalizer<SharedResource> localizer)
{
    public string Text()
    {
        var periods = options.Value;
        return string.Format(
            CultureInfo.CurrentCulture,
            localizer["Report_Privacy3"],
            Period(periods.PeriodOf(CaseOutcome.Substantiated)),
            Period(periods.PeriodOf(CaseOutcome.Unsubstantiated)),
            Period(periods.PeriodOf(CaseOutcome.Duplicate)),
            Period(periods.PeriodOf(CaseOutcome.ReferredElsewhere)),
            Period(periods.PeriodOf(CaseOutcome.Spam)));
    }

    /// <summary>Whole years when the period is a multiple of 365 days, else days.</summary>
    private string Period(TimeSpan period)
    {
        var days = (int)Math.Ceiling(period.TotalDays);
        return days % 365 == 0
            ? localizer[days == 365 ? "Retention_Year" : "Retention_Years", days / 365]
            : localizer[days == 1 ? "Retention_Day" : "Retention_Days", days];
    }
}
