using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using Portal.Storage.Database;
using Portal.Web.Identity.Data;
using Portal.Shared.Options;

namespace Portal.Web.Identity;

public static class IdentityFeature
{
    /// <summary>How soon a change to a staff account (role, password, lock) reaches its open sessions and circuits.</summary>
    public static readonly TimeSpan StaffSessionRevalidation = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddIdentityFeature(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddPortalDbContext<PortalIdentityDbContext, SqlitePortalIdentityDbContext, PostgresPortalIdentityDbContext>(PortalIdentityDbContext.Schema);
        services.AddHealthChecks().AddDbContextCheck<PortalIdentityDbContext>("identity-database", tags: ["ready"]);

        services.AddDataProtection()
            .SetApplicationName("gansu-anti-trafficking-portal")
            .PersistKeysToDbContext<PortalIdentityDbContext>()
            .ProtectKeyRing(builder.Configuration, builder.Environment);
        services.AddValidatedOptions<KeyRingProtectionOptions>(KeyRingProtectionOptions.SectionName);
        services.AddSingleton<IValidateOptions<KeyRingProtectionOptions>, KeyRingProtectionValidator>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<PortalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 6;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = SignInLimits.AccountLockoutThreshold;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.Name;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalIdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.Name)
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        // Recovery codes are kept as hashes: Identity's own store would keep them as they are.
        services.AddScoped<IUserStore<PortalUser>, HashedRecoveryCodeUserStore>();

        // Invitations are passed on by hand through official channels; three days is enough to act on one.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(3));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "portal.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            // A signed-in user without the right role gets a real 403 (rendered by the status page), not a redirect.
            // A session the stamp check ends (a removed role, a reset password, a locked account) loses its unit keys
            // on the node that holds them, at the member's next request there.
            var validate = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                var keySession = context.Principal?.FindFirst(Police.Sealing.SealingClaims.KeySession)?.Value;
                await validate(context);
                if (context.Principal is null && keySession is not null)
                {
                    context.HttpContext.RequestServices.GetRequiredService<Police.Sealing.UnitKeySessions>().End(keySession);
                }
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // A removed role, a reset password or a locked account ends every open staff session within a minute
        // (the stamp is checked against the database once a minute per session, not every 30 as by default).
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = StaffSessionRevalidation;
            // A refreshed cookie keeps naming the session its unit keys are kept under (the factory cannot know it).
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(Police.Sealing.SealingClaims.KeySession) is { } keySession
                    && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    identity.AddClaim(new System.Security.Claims.Claim(keySession.Type, keySession.Value));
                }

                return Task.CompletedTask;
            };
        });
        services.ConfigureExternalCookie(options => options.Cookie.SameSite = SameSiteMode.Strict);

        services.AddSingleton<SignInLimits>();
        services.AddAuthorization(options => options.AddPortalPolicies());
        services.AddSingleton<IAuthorizationHandler, StaffSignInRequirementHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, StaffSignInRedirectHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityAuthenticationStateProvider>();

        services.AddScoped<UserAdministration>();
        services.AddScoped<Approvals.AccountApprovals>();
        services.AddScoped<RecoveryCodes>();
        services.AddSingleton<StaffDirectory>();
        services.AddScoped<AuthenticatorEnrolment>();
        services.AddTransient<CreateAdminCommand>();
        services.AddTransient<DevelopmentDemoAccounts>();
        return builder;
    }

    public static IEndpointRouteBuilder MapIdentityFeature(this IEndpointRouteBuilder endpoints) => endpoints.MapAccountEndpoints();
}
