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

    /// <summary>
    /// Posts the form as a browser would: its inputs, selects and text areas with their current values
    /// (checked boxes and radios only), with <paramref name="fields"/> typed over them. A field named in
    /// <paramref name="fields"/> that the form lacks is added, as a script would.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IDictionary<string, string> fields, string? formSelector = null)
    {
        var (action, entries) = FormEntries(fields, formSelector);
        using var content = new FormUrlEncodedContent(entries.Select(e => new KeyValuePair<string, string>(e.Name, e.Value ?? e.File?.Name ?? "")));
        return await client.PostAsync(action, content);
    }

    /// <summary>
    /// Submits the form as multipart/form-data, the way a browser sends a form with a file input: every field in
    /// document order, and at the file input the chosen files (or, when none were chosen, the empty part a
    /// browser sends).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitMultipartAsync(
        HttpClient client, IDictionary<string, string> fields, IReadOnlyList<(string Name, byte[] Bytes)> files, string? formSelector = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var (action, entries) = FormEntries(fields, formSelector);
        using var content = new MultipartFormDataContent();
        foreach (var entry in entries)
        {
            if (entry.Value is not null)
            {
                content.Add(new StringContent(entry.Value), entry.Name);
                continue;
            }

            if (files.Count == 0)
            {
                var nothing = new ByteArrayContent([]);
                nothing.Headers.ContentDisposition = System.Net.Http.Headers.ContentDispositionHeaderValue.Parse($"form-data; name=\"{entry.Name}\"; filename=\"\"");
                nothing.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
                content.Add(nothing);
            }

            foreach (var (name, bytes) in files)
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
                content.Add(file, entry.Name, name);
            }
        }

        return await client.PostAsync(action, content);
    }

    /// <summary>The form's fields in document order; a file input is an entry without a value.</summary>
    private (string Action, List<(string Name, string? Value, (string Name, byte[] Bytes)? File)> Entries) FormEntries(
        IDictionary<string, string> fields, string? formSelector)
    {
        var form = (IHtmlFormElement?)Document.QuerySelector(formSelector ?? "main form")
            ?? throw new InvalidOperationException("The page has no form.");
        var values = new List<(string Name, string? Value, (string Name, byte[] Bytes)? File)>();
        var typed = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, string? current)
        {
            var value = fields.TryGetValue(name, out var given) ? given : current;
            if (value is not null)
            {
                values.Add((name, value, null));
                typed.Add(name);
            }
        }

        foreach (var element in form.QuerySelectorAll("input, select, textarea"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "file" }:
                    values.Add((name, null, null));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } choice:
                    if (fields.TryGetValue(name, out var chosen))
                    {
                        var isTheChosenOne = choice.Type == "checkbox" || string.Equals(chosen, choice.Value, StringComparison.OrdinalIgnoreCase);
                        if (isTheChosenOne && !typed.Contains(name))
                        {
                            Add(name, chosen);
                        }
                    }
                    else if (choice.IsChecked)
                    {
                        Add(name, choice.Value);
                    }

                    break;
                case IHtmlInputElement input:
                    Add(name, input.Value);
                    break;
                case IHtmlSelectElement select:
                    Add(name, select.Value);
                    break;
                case IHtmlTextAreaElement textArea:
                    Add(name, textArea.Value);
                    break;
            }
        }

        foreach (var (name, value) in fields.Where(field => !typed.Contains(field.Key) && form.QuerySelector($"[name='{field.Key}']") is null))
        {
            values.Add((name, value, null));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? Response.RequestMessage!.RequestUri!.PathAndQuery : form.GetAttribute("action")!;
        return (action, values);
    }
}
