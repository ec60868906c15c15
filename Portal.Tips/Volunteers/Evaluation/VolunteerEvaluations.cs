using Portal.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;
using Portal.Tips.Volunteers.Shifts;

namespace Portal.Tips.Volunteers.Evaluation;

/// <summary>The coordinator's rating and feedback per shift, and the yearly summary behind the certificate.</summary>
public sealed class VolunteerEvaluations(VolunteersContexts contexts, VolunteerRegions regions, VolunteerShifts shifts, TimeProvider time)
{
    public async Task<Outcome> EvaluateAsync(string coordinatorId, Guid shiftId, Guid volunteerId, int rating, string? feedback, CancellationToken cancellationToken = default)
    {
        if (rating is < 1 or > 5)
        {
            return Outcome.Fail(field: "rating", code: "invalid-rating");
        }

        if (feedback?.Length > 2000)
        {
            return Outcome.Fail(field: "feedback", code: "too-long");
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await shifts.CoordinatorShiftProblemAsync(context, coordinatorId, shiftId, cancellationToken) is { } problem)
        {
            return problem;
        }

        var attended = await context.Set<ShiftSignup>().AnyAsync(s => s.ShiftId == shiftId && s.VolunteerId == volunteerId && s.State == SignupState.Confirmed, cancellationToken);
        if (!attended)
        {
            return Outcome.Fail(field: "volunteer", code: "not-attended");
        }

        var evaluation = await context.Set<ShiftEvaluation>().SingleOrDefaultAsync(e => e.ShiftId == shiftId && e.VolunteerId == volunteerId, cancellationToken);
        if (evaluation is null)
        {
            evaluation = new ShiftEvaluation { ShiftId = shiftId, VolunteerId = volunteerId };
            context.Add(evaluation);
        }

        evaluation.Rating = rating;
        evaluation.Feedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
        evaluation.EvaluatedBy = coordinatorId;
        evaluation.EvaluatedAt = time.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    /// <summary>The signed-in volunteer's own summary of a year (China time).</summary>
    public async Task<YearSummary?> MySummaryAsync(string userId, int year, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var volunteer = await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken);
        return volunteer is null ? null : await SummaryAsync(context, volunteer, year, cancellationToken);
    }

    /// <summary>A volunteer's summary for a coordinator of their region.</summary>
    public async Task<Outcome<YearSummary>> SummaryForCoordinatorAsync(string coordinatorId, Guid volunteerId, int year, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var volunteer = await context.Set<Volunteer>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == volunteerId && v.ErasedAt == null, cancellationToken);
        if (volunteer is null)
        {
            return Outcome<YearSummary>.Fail(field: "volunteer", code: VolunteerErrors.NotFound);
        }

        if (!(await regions.ScopeOfAsync(coordinatorId, cancellationToken)).Covers(volunteer.PrefectureKey, volunteer.CountyKey))
        {
            return Outcome<YearSummary>.Fail(field: "volunteer", code: VolunteerErrors.OutsideRegion);
        }

        return Outcome.Of<YearSummary>(await SummaryAsync(context, volunteer, year, cancellationToken));
    }

    private static async Task<YearSummary> SummaryAsync(VolunteersDbContext context, Volunteer volunteer, int year, CancellationToken cancellationToken)
    {
        var yearStart = ChinaTime.StartOf(new DateOnly(year, 1, 1));
        var yearEnd = yearStart.AddYears(1);
        var shiftsOfYear = await (from h in context.Set<HoursEntry>().AsNoTracking()
                                  join s in context.Set<Shift>() on h.ShiftId equals s.Id
                                  join o in context.Set<Opportunity>() on s.OpportunityId equals o.Id
                                  where h.VolunteerId == volunteer.Id && h.State == HoursState.Approved && s.StartsAt >= yearStart && s.StartsAt < yearEnd
                                  orderby s.StartsAt
                                  select new { s.Id, s.StartsAt, o.Title, o.Kind, h.Minutes }).ToListAsync(cancellationToken);
        var evaluations = await (from e in context.Set<ShiftEvaluation>().AsNoTracking()
                                 join s in context.Set<Shift>() on e.ShiftId equals s.Id
                                 where e.VolunteerId == volunteer.Id && s.StartsAt >= yearStart && s.StartsAt < yearEnd
                                 select new { e.ShiftId, e.Rating, e.Feedback }).ToListAsync(cancellationToken);
        var ratings = evaluations.ToDictionary(e => e.ShiftId);
        return new YearSummary(
            volunteer.Name ?? "",
            volunteer.Reference,
            volunteer.Team,
            volunteer.Status,
            year,
            shiftsOfYear.Sum(s => s.Minutes),
            evaluations.Count == 0 ? null : Math.Round(evaluations.Average(e => e.Rating), 1),
            [.. shiftsOfYear.Select(s => new ServiceLine(s.StartsAt, s.Title, s.Kind, s.Minutes, ratings.TryGetValue(s.Id, out var e) ? e.Rating : null, e?.Feedback))]);
    }
}

public sealed record ServiceLine(DateTimeOffset StartsAt, string Opportunity, OpportunityKind Kind, int Minutes, int? Rating, string? Feedback);

public sealed record YearSummary(string Name, string Reference, string? Team, VolunteerStatus Status, int Year, int ApprovedMinutes, double? AverageRating, IReadOnlyList<ServiceLine> Lines);
