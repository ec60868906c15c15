using Microsoft.Extensions.Options;
using Portal.Tips.Monitoring;

namespace Portal.Tips.AntiBot;

/// <summary>
/// Decides whether a tip came from a person, with the proof of work as the default and reCAPTCHA (when enabled)
/// in front of it. An unreachable reCAPTCHA falls back to the proof of work, never to a silent pass. Every
/// unverified outcome counts towards a harder proof of work (<see cref="ProofOfWorkDifficulty"/>).
/// </summary>
public sealed class HumanCheck(
    AltchaVerifier proofOfWork, RecaptchaVerifier recaptcha, IOptions<AntiBotOptions> options, TipMetrics metrics, ProofOfWorkDifficulty difficulty)
{
    public async Task<HumanCheckOutcome> CheckAsync(string? altchaPayload, string? recaptchaToken, CancellationToken cancellationToken)
    {
        var outcome = await DecideAsync(altchaPayload, recaptchaToken, cancellationToken);
        if (!outcome.Verified)
        {
            await difficulty.RecordUnverifiedAsync();
        }

        return outcome;
    }

    private async Task<HumanCheckOutcome> DecideAsync(string? altchaPayload, string? recaptchaToken, CancellationToken cancellationToken)
    {
        var hasToken = !string.IsNullOrWhiteSpace(recaptchaToken);
        if (string.IsNullOrWhiteSpace(altchaPayload) && !hasToken)
        {
            return new HumanCheckOutcome(Verified: false, JavaScriptAbsent: true, ProofOfWork: null, Recaptcha: null);
        }

        RecaptchaResult? recaptchaResult = null;
        if (options.Value.Recaptcha.Enabled && hasToken)
        {
            recaptchaResult = await recaptcha.VerifyAsync(recaptchaToken, cancellationToken);
            if (recaptchaResult != RecaptchaResult.Unavailable)
            {
                return new HumanCheckOutcome(recaptchaResult == RecaptchaResult.Passed, JavaScriptAbsent: false, ProofOfWork: null, recaptchaResult);
            }
        }

        var proofOfWorkResult = await proofOfWork.VerifyAsync(altchaPayload, cancellationToken);
        if (proofOfWorkResult != ProofOfWorkResult.Valid)
        {
            metrics.ProofOfWorkFailed(proofOfWorkResult);
        }

        return new HumanCheckOutcome(proofOfWorkResult == ProofOfWorkResult.Valid, JavaScriptAbsent: false, proofOfWorkResult, recaptchaResult);
    }
}
