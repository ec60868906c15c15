using Microsoft.Extensions.Options;
using Portal.Storage.Redis;

namespace Portal.Tips.AntiBot;

/// <summary>
/// The proof of work's difficulty, raised automatically while submissions arrive unverified (no proof, a wrong,
/// stale or replayed one, or reCAPTCHA judged against them) and lowered again as they pass out of the window
/// (<see cref="ProofOfWorkEscalationOptions"/>). Counted across nodes in Redis when it is configured; per node in
/// memory otherwise, or while Redis cannot be reached.
/// </summary>
public sealed class ProofOfWorkDifficulty
{
    private readonly IOptions<AntiBotOptions> options;
    private readonly SlidingWindowCount unverified;

    public ProofOfWorkDifficulty(TimeProvider time, IOptions<AntiBotOptions> options, SharedCounters? shared = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        unverified = new SlidingWindowCount(time, shared, "pow-unverified", options.Value.Escalation.Window);
    }

    /// <summary>Counts one submission that came without a valid proof of work.</summary>
    public async Task RecordUnverifiedAsync()
    {
        if (options.Value.Escalation.Enabled)
        {
            await unverified.AddAsync();
        }
    }

    /// <summary>The <c>maxnumber</c> for a challenge issued now.</summary>
    public async Task<int> CurrentMaxNumberAsync()
    {
        var settings = options.Value;
        return settings.Escalation.Enabled ? For(await unverified.CountAsync(), settings) : settings.MaxNumber;
    }

    /// <summary>Doubles from <see cref="AntiBotOptions.MaxNumber"/> for every full step of unverified submissions, up to the highest.</summary>
    internal static int For(long unverifiedInWindow, AntiBotOptions settings)
    {
        var escalation = settings.Escalation;
        var doublings = Math.Min(unverifiedInWindow / Math.Max(1, escalation.Step), 30);
        var raised = (long)settings.MaxNumber << (int)doublings;
        return (int)Math.Clamp(raised, settings.MaxNumber, Math.Max(settings.MaxNumber, escalation.HighestMaxNumber));
    }
}
