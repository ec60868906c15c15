using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Portal.Tips.Reporting;

namespace Portal.Web.Reporting;

/// <summary>Turns the intake service's error codes into sentences that name the field in the reader's language.</summary>
internal static partial class TipFieldLabels
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

    /// <summary>The label of each part of a person or vehicle block.</summary>
    private static readonly Dictionary<string, string> PersonPartKeys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(PersonSubmission.Role)] = "Party_Role",
        [nameof(PersonSubmission.Sex)] = "Party_Sex",
        [nameof(PersonSubmission.Age)] = "Party_Age",
        [nameof(PersonSubmission.AgeBand)] = "Party_AgeBand",
        [nameof(PersonSubmission.Height)] = "Party_Height",
        [nameof(PersonSubmission.Description)] = "Party_PersonDescription",
        [nameof(PersonSubmission.Name)] = "Party_Name",
        [nameof(PersonSubmission.Language)] = "Party_Language",
    };

    private static readonly Dictionary<string, string> VehiclePartKeys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(VehicleSubmission.Type)] = "Party_VehicleType",
        [nameof(VehicleSubmission.Plate)] = "Party_Plate",
        [nameof(VehicleSubmission.Colour)] = "Party_Colour",
        [nameof(VehicleSubmission.MakeModel)] = "Party_MakeModel",
        [nameof(VehicleSubmission.Direction)] = "Party_Direction",
        [nameof(VehicleSubmission.Description)] = "Party_VehicleDescription",
    };

    /// <summary>The element id of each field on the form, where the error summary links to.</summary>
    private static readonly Dictionary<string, string> FieldIds = new(StringComparer.Ordinal)
    {
        [nameof(TipSubmission.Category)] = "category",
        [nameof(TipSubmission.WhatHappened)] = "what-happened",
        [nameof(TipSubmission.PlaceKey)] = "place",
        [nameof(TipSubmission.OtherProvince)] = "other-province",
        [nameof(TipSubmission.PlaceDetail)] = "place-detail",
        [nameof(TipSubmission.WhenDate)] = "when-date",
        [nameof(TipSubmission.WhenText)] = "when-text",
        [nameof(TipSubmission.People)] = "person-1-role",
        [nameof(TipSubmission.Vehicles)] = "vehicle-1-type",
        [nameof(TipSubmission.OnlineLinks)] = "online-links",
        [nameof(TipSubmission.Name)] = "name",
        [nameof(TipSubmission.Phone)] = "phone",
        [nameof(TipSubmission.Institution)] = "institution",
        [nameof(TipSubmission.Role)] = "role",
        [nameof(TipSubmission.Mode)] = "mode-anonymous",
    };

    private static readonly Dictionary<string, string> BlockPartIds = new(StringComparer.Ordinal)
    {
        [nameof(PersonSubmission.AgeBand)] = "age-band",
        [nameof(VehicleSubmission.MakeModel)] = "make-model",
    };

    /// <summary>
    /// The id of the form field an error belongs to (<c>person-2-age</c> for <c>People[1].Age</c>), or null when it
    /// belongs to the form as a whole.
    /// </summary>
    public static string? FieldId(Problem error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var field = error.Field ?? "";
        if (FieldIds.TryGetValue(field, out var id))
        {
            return id;
        }

        var match = BlockField().Match(field);
        if (!match.Success)
        {
            return null;
        }

        var part = match.Groups["part"].Value;
        var people = match.Groups["list"].Value == nameof(TipSubmission.People);
        if (!(people ? PersonPartKeys : VehiclePartKeys).ContainsKey(part))
        {
            return null;
        }

        var number = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) + 1;
        var partId = BlockPartIds.TryGetValue(part, out var special) ? special : part.ToLowerInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"{(people ? "person" : "vehicle")}-{number}-{partId}");
    }

    public static string Describe(IStringLocalizer localizer, Problem error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        var field = error.Field ?? "";
        var label = LabelKeys.TryGetValue(field, out var key) ? Label(localizer, key) : BlockLabel(localizer, field);
        return localizer["Error_" + error.Code, label].Value;
    }

    /// <summary>"人员 2 · 大约年龄（岁）" for <c>People[1].Age</c>: the block's number as the form shows it, then the part.</summary>
    private static string BlockLabel(IStringLocalizer localizer, string field)
    {
        var match = BlockField().Match(field);
        if (!match.Success)
        {
            return "";
        }

        var people = match.Groups["list"].Value == nameof(TipSubmission.People);
        var parts = people ? PersonPartKeys : VehiclePartKeys;
        if (!parts.TryGetValue(match.Groups["part"].Value, out var partKey))
        {
            return "";
        }

        var number = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) + 1;
        return $"{localizer[people ? "Party_Person" : "Party_Vehicle", number].Value} · {Label(localizer, partKey)}";
    }

    private static string Label(IStringLocalizer localizer, string key) => localizer[key].Value.TrimEnd('*', ' ');

    [GeneratedRegex(@"^(?<list>People|Vehicles)\[(?<index>[0-9]{1,3})\]\.(?<part>[A-Za-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockField();
}
