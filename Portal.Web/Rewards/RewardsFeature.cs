namespace Portal.Web.Rewards;

/// <summary>The reward pages of the police desk (proposal, approval, pay-out); the reporter's claim is on the follow-up page.</summary>
public static class RewardsFeature
{
    public static WebApplicationBuilder AddRewardsFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StaffNames>();
        return builder;
    }
}
