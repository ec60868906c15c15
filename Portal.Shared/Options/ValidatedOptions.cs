using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Portal.Shared.Options;

/// <summary>
/// How every settings class is registered: bound to its section, its data annotations checked (plus any
/// <see cref="IValidateOptions{TOptions}"/> of its own) when the host starts, so a wrong value stops start-up with one
/// line naming the setting instead of failing later inside a timer or a request.
/// </summary>
public static class ValidatedOptions
{
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, AnnotatedOptionsValidator<T>>());
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }
}

/// <summary>The data annotations of <typeparamref name="T"/>, each failure in the annotation's own words (they name the setting).</summary>
public sealed class AnnotatedOptionsValidator<T> : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(result => result.ErrorMessage ?? $"{typeof(T).Name}: invalid."));
    }
}
