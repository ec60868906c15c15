using Portal.Shared.Time;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Reporting;
using Portal.Storage.Regions;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers.SignUp;

/// <summary>
/// Takes an application from the public form. Adults sign up themselves; an applicant under 18 only with a
/// guardian's consent (name and phone recorded). A phone number or ID-card number already on file is refused.
/// </summary>
public sealed class VolunteerSignUp(VolunteersContexts contexts, VolunteerRecordKeys recordKeys, TimeProvider time)
{
    public const int AdultAge = 18;
    public const int MinimumAge = 14;
    public const int MaxFieldLength = 200;
    public const int MaxTextLength = 2000;
    private const string ReferenceAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async Task<Outcome<SignUpReceipt>> SubmitAsync(VolunteerApplication application, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        var errors = new List<Problem>();
        string? Clean(string? text, string field, int max)
        {
            var (cleaned, _) = TipTextRules.Clean(text);
            if (TipTextRules.VisibleLength(cleaned) > max)
            {
                errors.Add(Problem.Error("too-long", field));
            }

            return string.IsNullOrWhiteSpace(cleaned) ? null : cleaned.Trim();
        }

        var name = Clean(application.Name, nameof(application.Name), 100);
        var phone = Phones.Normalize(application.Phone);
        var email = Clean(application.Email, nameof(application.Email), MaxFieldLength);
        var guardianName = Clean(application.GuardianName, nameof(application.GuardianName), 100);
        var guardianPhone = Phones.Normalize(application.GuardianPhone);
        var organisation = Clean(application.Organisation, nameof(application.Organisation), MaxFieldLength);
        var availability = Clean(application.Availability, nameof(application.Availability), 500);
        var motivation = Clean(application.Motivation, nameof(application.Motivation), MaxTextLength);

        if (name is null)
        {
            errors.Add(Problem.Error("required", nameof(application.Name)));
        }

        if (string.IsNullOrWhiteSpace(application.Phone))
        {
            errors.Add(Problem.Error("required", nameof(application.Phone)));
        }
        else if (phone is null)
        {
            errors.Add(Problem.Error("invalid-phone", nameof(application.Phone)));
        }

        if (email is not null && (email.Count(c => c == '@') != 1 || email.StartsWith('@') || email.EndsWith('@') || email.Any(char.IsWhiteSpace)))
        {
            errors.Add(Problem.Error("invalid-email", nameof(application.Email)));
        }

        var birth = CheckBirth(application, guardianName, guardianPhone, errors);
        var place = GansuDivisions.Instance.Find(application.PlaceKey);
        if (string.IsNullOrEmpty(application.PlaceKey))
        {
            errors.Add(Problem.Error("required", nameof(application.PlaceKey)));
        }
        else if (place is null)
        {
            errors.Add(Problem.Error("unknown-place", nameof(application.PlaceKey)));
        }

        var skills = application.Skills.Distinct(StringComparer.Ordinal).ToList();
        if (skills.Any(s => !VolunteerSkills.All.Contains(s)))
        {
            errors.Add(Problem.Error("unknown-skill", nameof(application.Skills)));
        }

        if (!application.ConsentPrivacy)
        {
            errors.Add(Problem.Error("consent-required", nameof(application.ConsentPrivacy)));
        }

        if (!application.ConsentBackgroundCheck)
        {
            errors.Add(Problem.Error("consent-required", nameof(application.ConsentBackgroundCheck)));
        }

        string? idNumber = null;
        if (!string.IsNullOrWhiteSpace(application.IdNumber))
        {
            idNumber = IdCardNumbers.Normalize(application.IdNumber);
            if (!IdCardNumbers.HasValidChecksum(idNumber))
            {
                errors.Add(Problem.Error("invalid-id-number", nameof(application.IdNumber)));
            }
            else if (birth is not null && IdCardNumbers.BirthDateOf(idNumber) != birth)
            {
                errors.Add(Problem.Error("id-birth-mismatch", nameof(application.IdNumber)));
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<SignUpReceipt>.Fail(Failure.Invalid, errors);
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var idHash = idNumber is null ? null : recordKeys.HashOfIdNumber(idNumber);
        if (await IsDuplicateAsync(context, phone!, idHash, cancellationToken))
        {
            return Outcome<SignUpReceipt>.Fail(field: "form", code: "duplicate");
        }

        var now = time.GetUtcNow();
        var volunteer = new Volunteer
        {
            Id = Guid.CreateVersion7(now),
            Reference = NewReference(),
            Status = VolunteerStatus.Applicant,
            Name = name,
            Phone = phone,
            Email = email,
            DateOfBirth = birth,
            GuardianConsent = ChinaTime.AgeOn(birth!.Value, ChinaTime.Today(time)) < AdultAge,
            GuardianName = guardianName,
            GuardianPhone = guardianPhone,
            PrefectureKey = place!.Level == DivisionLevel.Prefecture ? place.Key : place.ParentKey!,
            CountyKey = place.Level == DivisionLevel.Prefecture ? null : place.Key,
            Organisation = organisation,
            Skills = string.Join(',', skills),
            Availability = availability,
            Motivation = motivation,
            ConsentedAt = now,
            SubmittedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        if (!volunteer.GuardianConsent)
        {
            volunteer.GuardianName = null;
            volunteer.GuardianPhone = null;
        }

        if (idNumber is not null)
        {
            recordKeys.SealIdNumber(volunteer, idNumber);
        }

        context.Add(volunteer);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two submits of the same person at once: the unique indexes let only one in.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            if (await IsDuplicateAsync(fresh, phone!, idHash, cancellationToken))
            {
                return Outcome<SignUpReceipt>.Fail(field: "form", code: "duplicate");
            }

            throw;
        }

        return Outcome.Of<SignUpReceipt>(new SignUpReceipt(volunteer.Id, volunteer.Reference));
    }

    /// <summary>The applicant's view of their application: its status and, if rejected, the reason.</summary>
    public async Task<(VolunteerStatus Status, RejectionReason? Reason)?> StatusAsync(string? reference, string? phone, CancellationToken cancellationToken = default)
    {
        var normalizedPhone = Phones.Normalize(phone);
        var normalizedReference = reference?.Trim().ToUpperInvariant();
        if (normalizedPhone is null || string.IsNullOrEmpty(normalizedReference))
        {
            return null;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await context.Set<Volunteer>().AsNoTracking()
            .Where(v => v.Reference == normalizedReference && v.Phone == normalizedPhone)
            .Select(v => new { v.Status, v.RejectionReason })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Status, found.RejectionReason);
    }

    private DateOnly? CheckBirth(VolunteerApplication application, string? guardianName, string? guardianPhone, List<Problem> errors)
    {
        if (string.IsNullOrWhiteSpace(application.DateOfBirth))
        {
            errors.Add(Problem.Error("required", nameof(application.DateOfBirth)));
            return null;
        }

        var today = ChinaTime.Today(time);
        if (!DateOnly.TryParseExact(application.DateOfBirth.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth > today || birth.Year < today.Year - 120)
        {
            errors.Add(Problem.Error("impossible-date", nameof(application.DateOfBirth)));
            return null;
        }

        var age = ChinaTime.AgeOn(birth, today);
        if (age < MinimumAge)
        {
            errors.Add(Problem.Error("too-young", nameof(application.DateOfBirth)));
        }
        else if (age < AdultAge && (!application.GuardianConsent || guardianName is null || guardianPhone is null))
        {
            errors.Add(Problem.Error("guardian-consent-required", nameof(application.GuardianConsent)));
        }

        return birth;
    }

    private static async Task<bool> IsDuplicateAsync(VolunteersDbContext context, string phone, byte[]? idHash, CancellationToken cancellationToken) =>
        await context.Set<Volunteer>().AnyAsync(v => v.Phone == phone || (idHash != null && v.IdNumberHash == idHash), cancellationToken);

    private static string NewReference() =>
        "V" + RandomNumberGenerator.GetString(ReferenceAlphabet, 8);
}
