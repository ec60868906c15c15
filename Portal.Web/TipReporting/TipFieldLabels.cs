using Microsoft.Extensions.Localization;
using Portal.Tips.Intake;

namespace Portal.Web.TipReporting;

/// <summary>Turns the intake service's error codes into sentences that name the field in the reader's language.</summary>
internal static class TipFieldLabels
{
    private static readonly Dictionary<string, string> LabelKeys = new(StringComparer.Ordinal)
    {
        [nameof(TipSubmission.Category)] = "Field_Category",
        [nameof(TipSubmission.WhatHappened)] = "Field_WhatHappened",
        [nameof(TipSubmission.PlaceKey)] = "Field_Place",
        [nameof(TipSubmission.OtherProvince)] = "Field_OtherProvince",
        [nameof(TipSubmission.PlaceDetail)] = "Field_PlaceDetail",
        [nameof(TipSubmission.WhenDate)] = "Field_WhenDate",
        [nameof(TipSubmission.WhenText)] = "Field_WhenText",
        [nameof(TipSubmission.People)] = "Field_People",
        [nameof(TipSubmission.Vehicles)] = "Field_Vehicles",
        [nameof(TipSubmission.OnlineLinks)] = "Field_OnlineLinks",
        [nameof(TipSubmission.Name)] = "Field_Name",
        [nameof(TipSubmission.Phone)] = "Field_Phone",
        [nameof(TipSubmission.Institution)] = "Field_Institution",
        [nameof(TipSubmission.Role)] = "Field_Role",
        [nameof(TipSubmission.Mode)] = "Report_WhoHeading",
    };

    public static string Describe(IStringLocalizer localizer, TipInputError error)
    {
        var label = LabelKeys.TryGetValue(error.Field, out var key) ? localizer[key].Value.TrimEnd('*', ' ') : "";
        return localizer["Error_" + error.Code, label].Value;
    }
}
