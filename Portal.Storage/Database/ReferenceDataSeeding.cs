using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Storage.Database;

public static class ReferenceDataSeeding
{
    /// <summary>Two nodes starting together both find a row missing; the loser's insert fails and it reads again.</summary>
    private const int Attempts = 3;

    /// <summary>Registers reference data the migrator inserts into <typeparamref name="TContext"/> after migrating it.</summary>
    public static IServiceCollection AddReferenceData<TContext, TData>(this IServiceCollection services)
        where TContext : DbContext
        where TData : class, IReferenceData<TContext>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReferenceData<TContext>, TData>());
        return services;
    }

    internal static async Task InsertMissingAsync<TContext>(TContext context, IEnumerable<IReferenceData<TContext>> data, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        foreach (var rows in data)
        {
            for (var attempt = 1; ; attempt++)
            {
                context.ChangeTracker.Clear();
                try
                {
                    await rows.AddMissingAsync(context, cancellationToken);
                    await context.SaveChangesAsync(cancellationToken);
                    break;
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // A duplicate key: another node inserted the same rows between our read and our write.
                }
            }
        }

        context.ChangeTracker.Clear();
    }
}
