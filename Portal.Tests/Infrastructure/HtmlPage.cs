using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Tests.Infrastructure;

/// <summary>A fetched page parsed as real HTML, and its forms posted back as a browser would (antiforgery included).</summary>
public sealed class HtmlPage(HttpResponseMessage response, IHtmlDocument document)
{
    public HttpResponseMessage Response { get; } = response;

    public IHtmlDocument Document { get; } = document;

    public HttpStatusCode Status => Response.StatusCode;

    public string Text => Document.Body?.TextContent ?? "";

    /// <summary>Where a redirect points, as a site-relative path (Blazor writes absolute URLs, minimal APIs relative ones).</summary>
    public static string RedirectTarget(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, new HtmlParser().ParseDocument(html));
    }

    /// <summary>Fills the named fields of the form (by input name) and posts it with its hidden fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IDictionary<string, string> fields, string? formSelector = null)
    {
        var form = (IHtmlFormElement?)Document.QuerySelector(formSelector ?? "main form")
            ?? throw new InvalidOperationException("The page has no form.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input").OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name))
            {
                continue;
            }

            var value = fields.TryGetValue(input.Name, out var given) ? given : input.Value;
            values.Add(new(input.Name, value));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? Response.RequestMessage!.RequestUri!.PathAndQuery : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(action, content);
    }
}
