namespace Portal.Web.Inbox;

/// <summary>The task inbox on 工作台 (<c>/staff</c>): what waits for each of the signed-in person's roles.</summary>
public static class InboxFeature
{
    public static WebApplicationBuilder AddInboxFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StaffInbox>();
        return builder;
    }
}
