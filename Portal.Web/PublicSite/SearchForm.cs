using System.Globalization;
using Portal.Content.Search;
using Portal.Content.Types;

namespace Portal.Web.PublicSite;

/// <summary>
/// The search page's query string as typed: <c>?q=&amp;audience=&amp;topic=&amp;setting=&amp;type=&amp;page=</c>. Turns it into a
/// <see cref="ContentSearchQuery"/> or names (as resource keys) what is wrong; unknown terms are the search's own refusal.
/// </summary>
public sealed record SearchForm(string? Q, string? Audience, string? Topic, string? Setting, string? Type, string? Page)
{
    public const int PageSize = 10;

    /// <summary>True when the reader asked for anything (a bare /search shows the form only).</summary>
    public bool Asked => new[] { Q, Audience, Topic, Setting, Type, Page }.Any(v => !string.IsNullOrWhiteSpace(v));

    public (ContentSearchQuery? Query, IReadOnlyList<string> Errors) Parse(string culture)
    {
        var errors = new List<string>();
        var q = Clean(Q);
        if (q is { Length: > ContentSearchQuery.MaxQueryLength })
        {
            errors.Add("Search_Error_TooLong");
        }

        ContentType? type = null;
        if (Clean(Type) is { } typeName)
        {
            if (char.IsLetter(typeName[0]) && Enum.TryParse<ContentType>(typeName, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                type = parsed;
            }
            else
            {
                errors.Add("Search_Error_Type");
            }
        }

        var page = 1;
        if (Clean(Page) is { } pageText
            && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > ContentSearchQuery.MaxPageNumber))
        {
            errors.Add("Search_Error_Page");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ContentSearchQuery
        {
            Text = q, Culture = culture, Type = type,
            Audience = Clean(Audience), Topic = Clean(Topic), Setting = Clean(Setting),
            PageNumber = page, PageSize = PageSize,
        }, errors);
    }

    /// <summary>The query string of this search on another page (empty values left out, the order fixed).</summary>
    public string QueryString(int page)
    {
        var pairs = new (string Name, string? Value)[]
        {
            ("q", Clean(Q)), ("audience", Clean(Audience)), ("topic", Clean(Topic)), ("setting", Clean(Setting)), ("type", Clean(Type)),
            ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        };
        var parts = pairs.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}");
        return string.Join('&', parts);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
