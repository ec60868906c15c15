using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Rehearsal;

/// <summary>A fetched page and its forms posted back as a browser posts them (hidden fields and antiforgery included).</summary>
internal sealed class Page(HttpResponseMessage response, IHtmlDocument document)
{
    public HttpResponseMessage Response { get; } = response;

    public IHtmlDocument Document { get; } = document;

    public string Text => Document.Body?.TextContent ?? "";

    public static async Task<Page> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return await ParseAsync(response);
    }

    public static async Task<Page> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, new HtmlParser().ParseDocument(html));
    }

    public static string RedirectTarget(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new StepFailed($"expected a redirect, got {(int)response.StatusCode} for {response.RequestMessage?.RequestUri}");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public string? Select(string selector) => Document.QuerySelector(selector)?.TextContent.Trim();

    /// <summary>Posts the form (multipart when it says so, with an optional file), <paramref name="fields"/> over its values.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IDictionary<string, string> fields, string formSelector = "main form", (string Name, byte[] Bytes)? file = null)
    {
        var form = (IHtmlFormElement?)Document.QuerySelector(formSelector) ?? throw new StepFailed($"no form '{formSelector}' on {Response.RequestMessage?.RequestUri}");
        var entries = new List<(string Name, string? Value)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in form.QuerySelectorAll("input, select, textarea"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            string? current = element switch
            {
                IHtmlInputElement { Type: "file" } => null,
                IHtmlInputElement { Type: "checkbox" or "radio" } choice => choice.IsChecked ? choice.Value : null,
                IHtmlInputElement input => input.Value,
                IHtmlSelectElement select => select.Value,
                IHtmlTextAreaElement area => area.Value,
                _ => null,
            };
            if (element is IHtmlInputElement { Type: "file" })
            {
                entries.Add((name, null));
                continue;
            }

            if (fields.TryGetValue(name, out var given))
            {
                if (seen.Add(name))
                {
                    entries.Add((name, given));
                }
            }
            else if (current is not null)
            {
                entries.Add((name, current));
            }
        }

        entries.AddRange(fields.Where(f => !seen.Contains(f.Key) && form.QuerySelector($"[name='{f.Key}']") is null).Select(f => (f.Key, (string?)f.Value)));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? Response.RequestMessage!.RequestUri!.PathAndQuery : form.GetAttribute("action")!;
        HttpContent content;
        if (string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in entries)
            {
                if (value is not null)
                {
                    multipart.Add(new StringContent(value), name);
                    continue;
                }

                var part = new ByteArrayContent(file?.Bytes ?? []);
                part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file is null ? "application/octet-stream" : "image/jpeg");
                if (file is null)
                {
                    // What a browser sends for a file input with nothing chosen.
                    part.Headers.ContentDisposition = System.Net.Http.Headers.ContentDispositionHeaderValue.Parse($"form-data; name=\"{name}\"; filename=\"\"");
                    multipart.Add(part);
                }
                else
                {
                    multipart.Add(part, name, file.Value.Name);
                }
            }

            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(entries.Where(e => e.Value is not null).Select(e => new KeyValuePair<string, string>(e.Name, e.Value!)));
        }

        using (content)
        {
            return await client.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
        }
    }
}

/// <summary>A step's check that did not hold; the message says what was seen.</summary>
internal sealed class StepFailed(string message) : Exception(message);
