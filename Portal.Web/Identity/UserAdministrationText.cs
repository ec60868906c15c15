using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Identity;

/// <summary>Words a <see cref="UserAdministration"/> problem for the administrator, in the page's language.</summary>
public static class UserAdministrationText
{
    public static string Describe(IStringLocalizer text, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Code == UserAdministration.Codes.Identity
            ? problem.Value ?? ""
            : string.Format(CultureInfo.CurrentCulture, text["Users_Error_" + problem.Code], problem.Value);
    }

    public static string Describe(IStringLocalizer text, Outcome outcome) =>
        string.Join(" ", outcome.Errors.Select(problem => Describe(text, problem)));
}
