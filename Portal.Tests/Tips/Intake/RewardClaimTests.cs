using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Intake;
using Portal.Tips.Rewards;

namespace Portal.Tests.Tips.Intake;

public sealed class RewardClaimTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory portal;

    public RewardClaimTests(PortalFactory portal) => this.portal = portal;

    private RewardClaims Rewards => portal.Services.GetRequiredService<RewardClaims>();

    [Fact]
    public async Task A_reporter_claims_the_reward_once_with_a_name_phone_and_consent()
    {
        var tipId = (await portal.Services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid())).TipId!.Value;

        Assert.Equal("reward-details-required", await Rewards.ClaimAsync(tipId, "王五", "13900001111", consent: false));
        Assert.Equal("reward-details-required", await Rewards.ClaimAsync(tipId, " ", "13900001111", consent: true));
        Assert.Equal("reward-details-invalid", await Rewards.ClaimAsync(tipId, "王五", "not a phone", consent: true));
        Assert.False(await Rewards.HasClaimAsync(tipId));

        Assert.Null(await Rewards.ClaimAsync(tipId, "王五", "139 0000 1111", consent: true));
        Assert.True(await Rewards.HasClaimAsync(tipId));
        Assert.Equal("reward-already-claimed", await Rewards.ClaimAsync(tipId, "王五", "13900001111", consent: true));
    }

    [Fact]
    public async Task A_claim_for_an_unknown_tip_is_refused()
    {
        Assert.Equal("unknown-tip", await Rewards.ClaimAsync(Guid.NewGuid(), "王五", "13900001111", consent: true));
    }
}
