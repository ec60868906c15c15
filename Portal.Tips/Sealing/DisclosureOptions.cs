using Microsoft.Extensions.Options;
using Portal.Tips.Police;

namespace Portal.Tips.Sealing;

/// <summary>Who may give one of the two approvals of an identity disclosure.</summary>
/// <remarks>
/// Each approval releases one part of the identity key, and only someone holding the key of the unit that part is
/// sealed to can release it: part A is sealed to the tip's county and prefecture units, part B to the provincial office
/// (<see cref="ContactSeal"/>). A kind therefore names the part and, on top of the key, a role. Someone who holds no
/// unit key (a security administrator, say) cannot be an approver whatever the configuration says.
/// </remarks>
public enum DisclosureApprover
{
    /// <summary>Part A: a supervisor holding the key of the tip's county or prefecture.</summary>
    Supervisor,

    /// <summary>Part A: any member holding the key of the tip's county or prefecture.</summary>
    LocalOfficer,

    /// <summary>Part B: any member of the provincial office (holding its key).</summary>
    ProvincialOffice,

    /// <summary>Part B: a supervisor holding the provincial office's key.</summary>
    ProvincialSupervisor,
}

/// <summary>Section <c>Tips:Sealing:Disclosure</c>: who approves showing a sealed reporter's identity.</summary>
public sealed class DisclosureOptions
{
    public const string SectionName = "Tips:Sealing:Disclosure";

    /// <summary>Two approver kinds, one for each part; none configured means a supervisor and the provincial office.</summary>
    public IList<string> Approvers { get; } = [];

    /// <summary>The kind that gives part A and the kind that gives part B (the options are valid: see the validator).</summary>
    internal (DisclosureApprover PartA, DisclosureApprover PartB) Pair()
    {
        if (Approvers.Count == 0)
        {
            return (DisclosureApprover.Supervisor, DisclosureApprover.ProvincialOffice);
        }

        var kinds = Approvers.Select(a => Enum.Parse<DisclosureApprover>(a.Trim(), ignoreCase: true)).ToList();
        return (kinds.Single(GivesPartA), kinds.Single(k => !GivesPartA(k)));
    }

    internal static bool GivesPartA(DisclosureApprover kind) => kind is DisclosureApprover.Supervisor or DisclosureApprover.LocalOfficer;

    /// <summary>Whether <paramref name="actor"/> has the role <paramref name="kind"/> asks beside the unit's key.</summary>
    internal static bool Fits(DisclosureApprover kind, StaffActor actor) => kind switch
    {
        DisclosureApprover.Supervisor or DisclosureApprover.ProvincialSupervisor => actor.IsSupervisor,
        _ => actor.WorksTips,
    };
}

/// <summary>
/// Stops start-up unless the approvers are exactly two kinds, one for each part of the identity key: two approvals of
/// the same part would let one unit's members disclose alone, and a third approver would guard no key. The asker never
/// approves their own request whatever is configured; that rule is in <see cref="IdentityDisclosures"/>, not here.
/// </summary>
internal sealed class DisclosureOptionsValidator : IValidateOptions<DisclosureOptions>
{
    private const string Setting = DisclosureOptions.SectionName + ":Approvers";

    public ValidateOptionsResult Validate(string? name, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Approvers.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        var known = string.Join(", ", Enum.GetNames<DisclosureApprover>());
        var kinds = new List<DisclosureApprover>();
        foreach (var value in options.Approvers)
        {
            var kind = Enum.GetNames<DisclosureApprover>().FirstOrDefault(n => string.Equals(n, value?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (kind is null)
            {
                return ValidateOptionsResult.Fail($"{Setting}: '{value}' is not an approver kind; use {known}.");
            }

            kinds.Add(Enum.Parse<DisclosureApprover>(kind));
        }

        return kinds.Count == 2 && kinds.Count(DisclosureOptions.GivesPartA) == 1
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{Setting}: name two approvers, one of Supervisor or LocalOfficer (the county's or prefecture's part of the identity key) and one of ProvincialOffice or ProvincialSupervisor (the province's part); configured: {string.Join(", ", kinds)}.");
    }
}
