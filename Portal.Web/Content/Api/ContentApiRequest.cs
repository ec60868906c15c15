using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Content.Common;
using Portal.Content.Search;
using Portal.Content.Types;

namespace Portal.Web.Content.Api;

/// <summary>
/// Reads the list's query string into a <see cref="ContentSearchQuery"/>, or says (in the reader's language) what is
/// wrong with each parameter. Unknown parameters are ignored; enum names are case-insensitive, numbers for them are not accepted.
/// </summary>
internal static class ContentApiRequest
{
    public static (ContentSearchQuery? Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection query, IStringLocalizer<ContentApiResource> text)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var culture = Value(query, "culture");
        if (culture is not null && !ContentCultures.IsSupported(culture))
        {
            errors["culture"] = [text["Culture_Invalid", culture, string.Join(", ", ContentCultures.All)]];
        }

        var rendition = ParseEnum<Rendition>(query, "rendition", "Rendition_Invalid", text, errors);
        var type = ParseEnum<ContentType>(query, "type", "Type_Invalid", text, errors);
        var page = ParseInt(query, "page", 1, text["Page_Invalid", ContentSearchQuery.MaxPageNumber], errors);
        if (page > ContentSearchQuery.MaxPageNumber)
        {
            errors["page"] = [text["Page_Invalid", ContentSearchQuery.MaxPageNumber]];
        }

        var pageSize = ParseInt(query, "pageSize", ContentSearchQuery.DefaultPageSize, text["PageSize_Invalid", ContentSearchQuery.MaxPageSize], errors);
        var q = Value(query, "q");
        if (q is { Length: > ContentSearchQuery.MaxQueryLength })
        {
            errors["q"] = [text["Query_TooLong", ContentSearchQuery.MaxQueryLength]];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ContentSearchQuery
        {
            Text = q, Culture = culture, Rendition = rendition, Type = type,
            Audience = Value(query, "audience"), Topic = Value(query, "topic"), Setting = Value(query, "setting"),
            PageNumber = page, PageSize = Math.Min(pageSize, ContentSearchQuery.MaxPageSize),
        }, errors);
    }

    /// <summary>The service's own refusals (an unknown term) in the same shape.</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<ContentProblem> problems, IStringLocalizer<ContentApiResource> text) =>
        problems.Where(p => p.Field is not null).GroupBy(p => p.Field!, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.Select(p => p.Code switch
            {
                ContentCodes.UnknownTerm => text["Term_Invalid", p.Value ?? "", Example(g.Key)].Value,
                ContentCodes.TooLong => text["Query_TooLong", ContentSearchQuery.MaxQueryLength].Value,
                ContentCodes.UnsupportedCulture => text["Culture_Invalid", p.Value ?? "", string.Join(", ", ContentCultures.All)].Value,
                _ => text["BadRequest_Title"].Value,
            }).ToArray(),
            StringComparer.Ordinal);

    private static string Example(string parameter) => parameter switch
    {
        "audience" => "teachers, students-primary",
        "topic" => "recruitment-fraud, how-to-report",
        "setting" => "railway-station, school",
        _ => "",
    };

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

    private static T? ParseEnum<T>(IQueryCollection query, string name, string message, IStringLocalizer<ContentApiResource> text, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        var value = Value(query, name);
        if (value is null)
        {
            return null;
        }

        if (char.IsLetter(value[0]) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors[name] = [text[message, value, string.Join(", ", Enum.GetNames<T>().Select(ContentApiJson.EnumName))]];
        return null;
    }

    private static int ParseInt(IQueryCollection query, string name, int fallback, string message, Dictionary<string, string[]> errors)
    {
        var value = Value(query, name);
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1)
        {
            return parsed;
        }

        errors[name] = [message];
        return fallback;
    }
}
