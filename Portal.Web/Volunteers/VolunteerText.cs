using Portal.Shared.Culture;
using Portal.Shared.Time;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Storage.Regions;
using Portal.Tips.Volunteers;

namespace Portal.Web.Volunteers;

/// <summary>Turns the volunteer services' error codes into sentences that name the field in the reader's language.</summary>
public static class VolunteerText
{
    public static bool Chinese => PageCulture.IsChinese;

    public static string Describe(IStringLocalizer<VolunteerResource> text, Problem error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        var message = text["Error_" + error.Code];
        var label = text["Field_" + error.Field];
        return label.ResourceNotFound ? message.Value : string.Format(CultureInfo.CurrentCulture, text["ErrorFormat"], label.Value, message.Value);
    }

    public static IEnumerable<string> Describe(IStringLocalizer<VolunteerResource> text, IEnumerable<Problem> errors) =>
        errors.Select(error => Describe(text, error));

    public static string Region(string? key) => key switch
    {
        null => "",
        VolunteerRegions.Province => Chinese ? "全省" : "Whole province",
        _ => GansuDivisions.Instance.Find(key)?.Name(Chinese) ?? key,
    };

    public static string Place(string prefectureKey, string? countyKey) =>
        countyKey is null ? Region(prefectureKey) : $"{Region(prefectureKey)} · {Region(countyKey)}";

    public static string Hours(int minutes) => (minutes / 60m).ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>A shift's time in China Standard Time, whatever the server's zone.</summary>
    public static string When(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        var start = ChinaTime.InChina(startsAt);
        var end = ChinaTime.InChina(endsAt);
        return string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd HH:mm}–{end:HH:mm}");
    }
}
