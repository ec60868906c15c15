using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Tips.AntiBot;

/// <summary>
/// Asks reCAPTCHA v3's siteverify about a token. Only the secret and the token are sent, never the reporter's
/// address; a siteverify that cannot be reached is reported as <see cref="RecaptchaResult.Unavailable"/>,
/// never as a pass.
/// </summary>
public sealed partial class RecaptchaVerifier(IHttpClientFactory httpClients, IOptions<AntiBotOptions> options, ILogger<RecaptchaVerifier> logger)
{
    public const string HttpClientName = "recaptcha";

    public async Task<RecaptchaResult> VerifyAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return RecaptchaResult.Failed;
        }

        var settings = options.Value.Recaptcha;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);

        SiteVerifyResponse response;
        try
        {
            response = await AskAsync(settings, token, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(logger, "no answer within the time-out");
            return RecaptchaResult.Unavailable;
        }
        catch (HttpRequestException exception)
        {
            LogUnavailable(logger, exception.HttpRequestError.ToString());
            return RecaptchaResult.Unavailable;
        }
        catch (JsonException)
        {
            LogUnavailable(logger, "the answer is not siteverify JSON");
            return RecaptchaResult.Unavailable;
        }

        return Judge(settings, response);
    }

    private async Task<SiteVerifyResponse> AskAsync(RecaptchaOptions settings, string token, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(
        [
            new KeyValuePair<string, string>("secret", settings.Secret ?? string.Empty),
            new KeyValuePair<string, string>("response", token),
        ]);
        var client = httpClients.CreateClient(HttpClientName);
        using var answer = await client.PostAsync(settings.SiteVerifyUrl, form, cancellationToken);
        if (!answer.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"siteverify answered {(int)answer.StatusCode}.", null, answer.StatusCode);
        }

        await using var body = await answer.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return SiteVerifyResponse.From(document.RootElement);
    }

    private RecaptchaResult Judge(RecaptchaOptions settings, SiteVerifyResponse response)
    {
        if (!response.Success)
        {
            if (response.ErrorCodes.Any(code => code is "missing-input-secret" or "invalid-input-secret"))
            {
                // Our configuration is wrong, not the reporter: fall back to the proof of work and tell the operator.
                LogRejectedSecret(logger);
                return RecaptchaResult.Unavailable;
            }

            return RecaptchaResult.Failed;
        }

        if (response.Hostname is null || !settings.AllowedHostnames.Contains(response.Hostname, StringComparer.OrdinalIgnoreCase))
        {
            return RecaptchaResult.WrongHostname;
        }

        if (!string.Equals(response.Action, settings.Action, StringComparison.Ordinal))
        {
            return RecaptchaResult.WrongAction;
        }

        return response.Score is { } score && score >= settings.MinimumScore ? RecaptchaResult.Passed : RecaptchaResult.LowScore;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "reCAPTCHA siteverify is unavailable ({Reason}); the proof of work decides instead.")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "reCAPTCHA siteverify rejected the configured secret (Tips:AntiBot:Recaptcha:Secret); the proof of work decides instead.")]
    private static partial void LogRejectedSecret(ILogger logger);

    /// <summary>The fields of siteverify's answer that matter; read by hand so that a wrong type is a JSON error.</summary>
    private sealed record SiteVerifyResponse(bool Success, string? Hostname, string? Action, double? Score, IReadOnlyList<string> ErrorCodes)
    {
        public static SiteVerifyResponse From(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("success", out var success)
                || success.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw new JsonException("siteverify's answer has no true or false 'success'.");
            }

            var errorCodes = root.TryGetProperty("error-codes", out var codes) && codes.ValueKind == JsonValueKind.Array
                ? codes.EnumerateArray().Where(code => code.ValueKind == JsonValueKind.String).Select(code => code.GetString()!).ToList()
                : [];
            return new SiteVerifyResponse(
                success.GetBoolean(),
                OptionalString(root, "hostname"),
                OptionalString(root, "action"),
                root.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : null,
                errorCodes);
        }

        private static string? OptionalString(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
