using Microsoft.Extensions.DependencyInjection;
using Portal.Storage.Database;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Evaluation;
using Portal.Tips.Volunteers.Hours;
using Portal.Tips.Volunteers.Leads;
using Portal.Tips.Volunteers.Notifications;
using Portal.Tips.Volunteers.Privacy;
using Portal.Tips.Volunteers.Shifts;
using Portal.Tips.Volunteers.SignUp;
using Portal.Tips.Volunteers.Vetting;

namespace Portal.Tips.Volunteers;

public static class VolunteersRegistration
{
    /// <summary>
    /// The volunteers' own context (schema <c>volunteers</c>), migrated at start-up and checked by /health/ready,
    /// and their services. The host supplies <see cref="IVolunteerAccounts"/> and the mail sender (<c>AddPortalMail</c>).
    /// </summary>
    public static IServiceCollection AddVolunteers(this IServiceCollection services)
    {
        services.AddPortalDbContext<VolunteersDbContext, SqliteVolunteersDbContext, PostgresVolunteersDbContext>(VolunteersDbContext.Schema);
        services.AddHealthChecks().AddDbContextCheck<VolunteersDbContext>("volunteers-database", tags: ["ready"]);
        services.AddSingleton<VolunteerRecordKeys>();
        services.AddSingleton<VolunteerRegions>();
        services.AddSingleton<VolunteerSignUp>();
        services.AddSingleton<OutcomeMailer>();
        services.AddHostedService<OutcomeMailWorker>();
        services.AddSingleton<VolunteerVetting>();
        services.AddSingleton<VolunteerShifts>();
        services.AddSingleton<VolunteerHours>();
        services.AddSingleton<VolunteerEvaluations>();
        services.AddSingleton<FieldLeads>();
        services.AddSingleton<VolunteerPrivacy>();
        return services;
    }
}
