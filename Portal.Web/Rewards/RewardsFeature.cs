namespace Portal.Web.Rewards;

/// <summary>The reward pages of the police desk (proposal, approval, pay-out); the reporter's claim is on the follow-up page.</summary>
public static class RewardsFeature
{
    public static WebApplicationBuilder AddRewardsFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StaffNames>();
        builder.Services.AddTransient<DevelopmentClaimOffices>();
        builder.Services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(options => options.AddRewardPolicies());
        return builder;
    }
}
