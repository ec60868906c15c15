using System.Net;
using System.Security.Cryptography;
using System.Text;
using SkiaSharp;

namespace Portal.Rehearsal;

/// <summary>A reporter on the public form: a tip, its receipt, the follow-up.</summary>
internal static class Reporter
{
    public sealed record Receipt(string Number, string Passphrase);

    /// <summary>What came back: a receipt, a rate-limit refusal, or another answer (status and a few words).</summary>
    public sealed record Outcome(Receipt? Receipt, bool RateLimited, HttpStatusCode Status, string What, Page? FormAgain = null);

    public const string Unavailable = "503 bilingual";

    public static readonly byte[] Photo = MakePhoto();

    /// <summary>A 503 whose page says so in Chinese and in English.</summary>
    public static bool IsBilingualUnavailable(HttpStatusCode status, string text) =>
        status == HttpStatusCode.ServiceUnavailable
        && text.Contains("暂时", StringComparison.Ordinal)
        && text.Contains("unavailable", StringComparison.OrdinalIgnoreCase);

    public static Dictionary<string, string> Fields(bool happeningNow = false) => new()
    {
        ["Form.Category"] = "forced-labour",
        ["Form.WhatHappened"] = "演练：火车站附近有人以招工为名带走两名少年。",
        ["Form.PlaceKey"] = "620402",
        ["Form.PlaceDetail"] = "白银区汽车站",
        ["Form.WhenText"] = "刚才",
        ["Form.HappeningNow"] = happeningNow ? "true" : "false",
        // Happening now and a child just gone missing: a P1 tip.
        ["Form.ChildJustMissing"] = happeningNow ? "true" : "false",
    };

    /// <summary>GET the form, solve its proof of work (unless <paramref name="solve"/> is false) and post it.</summary>
    public static async Task<(Page Form, Dictionary<string, string> Fields)> PrepareAsync(HttpClient client, bool solve, bool happeningNow = false)
    {
        return Solve(await Page.GetAsync(client, "/report"), solve, happeningNow);
    }

    /// <summary>The form as the page shows it (first or re-rendered with errors), its challenge solved.</summary>
    public static (Page Form, Dictionary<string, string> Fields) Solve(Page form, bool solve, bool happeningNow = false)
    {
        if (form.Response.StatusCode != HttpStatusCode.OK)
        {
            throw new StepFailed(IsBilingualUnavailable(form.Response.StatusCode, form.Text)
                ? Unavailable
                : $"GET /report answered {(int)form.Response.StatusCode}");
        }

        var fields = Fields(happeningNow);
        if (solve)
        {
            var challenge = form.Document.QuerySelector("form[data-altcha-challenge]")?.GetAttribute("data-altcha-challenge")
                ?? throw new StepFailed("the report form carries no proof-of-work challenge");
            fields["altcha"] = ProofOfWork.Solve(challenge);
        }

        return (form, fields);
    }

    public static async Task<Outcome> PostAsync(HttpClient client, Page form, Dictionary<string, string> fields, bool withPhoto)
    {
        var response = await form.SubmitAsync(client, fields, "main form[data-altcha-challenge]", withPhoto ? ("演练.jpg", Photo) : null);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found
            && Page.RedirectTarget(response).Contains("/report/receipt", StringComparison.Ordinal))
        {
            var receiptPage = await Page.GetAsync(client, Page.RedirectTarget(response));
            var number = receiptPage.Select("[data-testid=receipt-number]");
            var passphrase = receiptPage.Select("[data-testid=receipt-passphrase]");
            return number is null || passphrase is null
                ? new Outcome(null, false, receiptPage.Response.StatusCode, "receipt page without a receipt")
                : new Outcome(new Receipt(number, passphrase), false, response.StatusCode, "receipt");
        }

        var page = await Page.ParseAsync(response);
        if (IsBilingualUnavailable(response.StatusCode, page.Text))
        {
            return new Outcome(null, false, response.StatusCode, Unavailable);
        }

        var limited = page.Text.Contains("提交过于频繁", StringComparison.Ordinal);
        var errors = page.Document.QuerySelector("#form-errors")?.TextContent.Trim() ?? "";
        var again = page.Document.QuerySelector("form[data-altcha-challenge]") is null ? null : page;
        return new Outcome(null, limited, response.StatusCode, $"{(int)response.StatusCode} {errors[..Math.Min(errors.Length, 160)]}", again);
    }

    /// <summary>Signs in on the follow-up page with the receipt; the tip's status as the page shows it, or null.</summary>
    public static async Task<string?> FollowUpStatusAsync(HttpClient client, Receipt receipt)
    {
        var page = await Page.GetAsync(client, "/report/follow-up");
        var response = await page.SubmitAsync(client, new Dictionary<string, string> { ["SignIn.Number"] = receipt.Number, ["SignIn.Passphrase"] = receipt.Passphrase });
        var shown = await Page.ParseAsync(response);
        return shown.Select("[data-testid=tip-status]");
    }

    /// <summary>The keyed hash of a receipt number as the portal stores it (HKDF of the hash key, then HMAC-SHA-256).</summary>
    public static string ReceiptHashHex(byte[] hashKey, Receipt receipt)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, hashKey, 32, salt: [], info: Encoding.UTF8.GetBytes("receipt-number"));
        var digits = receipt.Number.Replace(" ", "", StringComparison.Ordinal);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(digits)));
    }

    private static byte[] MakePhoto()
    {
        using var bitmap = new SKBitmap(64, 48);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(90, 120, 160));
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
