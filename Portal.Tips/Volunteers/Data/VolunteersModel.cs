using Microsoft.EntityFrameworkCore;
using Portal.Storage.Database;
using Portal.Tips.Volunteers.Model;
using Portal.Tips.Volunteers.Notifications;

namespace Portal.Tips.Volunteers.Data;

/// <summary>The volunteers' tables. Timestamps are UTC ticks (see <see cref="UtcTicksConverter"/>).</summary>
internal static class VolunteersModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Volunteer>(volunteer =>
        {
            volunteer.ToTable("Volunteers");
            volunteer.HasKey(v => v.Id);
            volunteer.Property(v => v.Reference).HasMaxLength(12);
            volunteer.HasIndex(v => v.Reference).IsUnique();
            volunteer.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            volunteer.Property(v => v.RejectionReason).HasConversion<string>().HasMaxLength(30);
            volunteer.Property(v => v.Name).HasMaxLength(100);
            volunteer.Property(v => v.Phone).HasMaxLength(20);
            // NULLs (erased volunteers) do not collide on either provider.
            volunteer.HasIndex(v => v.Phone).IsUnique();
            volunteer.Property(v => v.Email).HasMaxLength(200);
            volunteer.Property(v => v.GuardianName).HasMaxLength(100);
            volunteer.Property(v => v.GuardianPhone).HasMaxLength(20);
            volunteer.Property(v => v.PrefectureKey).HasMaxLength(20);
            volunteer.Property(v => v.CountyKey).HasMaxLength(20);
            volunteer.Property(v => v.Organisation).HasMaxLength(200);
            volunteer.Property(v => v.Skills).HasMaxLength(400);
            volunteer.Property(v => v.Availability).HasMaxLength(500);
            volunteer.Property(v => v.Motivation).HasMaxLength(2000);
            volunteer.HasIndex(v => v.IdNumberHash).IsUnique();
            volunteer.Property(v => v.Team).HasMaxLength(100);
            volunteer.Property(v => v.UserId).HasMaxLength(100);
            volunteer.HasIndex(v => v.UserId).IsUnique();
            volunteer.Property(v => v.InvitationPath).HasMaxLength(2000);
            volunteer.Property(v => v.DecidedBy).HasMaxLength(100);
            volunteer.Property(v => v.ConsentedAt).HasConversion(NullableUtcTicksConverter.Instance);
            volunteer.Property(v => v.DecidedAt).HasConversion(NullableUtcTicksConverter.Instance);
            volunteer.Property(v => v.SubmittedAt).HasConversion(UtcTicksConverter.Instance);
            volunteer.Property(v => v.UpdatedAt).HasConversion(UtcTicksConverter.Instance);
            volunteer.Property(v => v.DeletionRequestedAt).HasConversion(NullableUtcTicksConverter.Instance);
            volunteer.Property(v => v.ErasedAt).HasConversion(NullableUtcTicksConverter.Instance);
            volunteer.Property(v => v.Version).IsConcurrencyToken();
            volunteer.HasIndex(v => new { v.PrefectureKey, v.Status });
            volunteer.Ignore(v => v.SkillList);
        });

        model.Entity<OutcomeMail>(mail =>
        {
            mail.ToTable("OutcomeMails");
            mail.HasKey(m => m.Id);
            mail.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            mail.Property(m => m.CreatedAt).HasConversion(UtcTicksConverter.Instance);
            mail.Property(m => m.NextAttemptAt).HasConversion(UtcTicksConverter.Instance);
            mail.Property(m => m.ClaimedUntil).HasConversion(NullableUtcTicksConverter.Instance);
            mail.Property(m => m.SentAt).HasConversion(NullableUtcTicksConverter.Instance);
            mail.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
            mail.HasOne<Volunteer>().WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<VolunteerNote>(note =>
        {
            note.ToTable("VolunteerNotes");
            note.HasKey(n => n.Id);
            note.Property(n => n.AuthorUserId).HasMaxLength(100);
            note.Property(n => n.Text).HasMaxLength(4000);
            note.Property(n => n.WrittenAt).HasConversion(UtcTicksConverter.Instance);
            note.HasIndex(n => n.VolunteerId);
            note.HasOne<Volunteer>().WithMany().HasForeignKey(n => n.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Qualification>(qualification =>
        {
            qualification.ToTable("Qualifications");
            qualification.HasKey(q => q.Id);
            qualification.Property(q => q.Kind).HasMaxLength(40);
            qualification.Property(q => q.RecordedBy).HasMaxLength(100);
            qualification.HasIndex(q => new { q.VolunteerId, q.Kind });
            qualification.HasOne<Volunteer>().WithMany().HasForeignKey(q => q.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<CoordinatorRegion>(region =>
        {
            region.ToTable("CoordinatorRegions");
            region.HasKey(r => new { r.UserId, r.RegionKey });
            region.Property(r => r.UserId).HasMaxLength(100);
            region.Property(r => r.RegionKey).HasMaxLength(20);
        });

        model.Entity<Opportunity>(opportunity =>
        {
            opportunity.ToTable("Opportunities");
            opportunity.HasKey(o => o.Id);
            opportunity.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
            opportunity.Property(o => o.Title).HasMaxLength(200);
            opportunity.Property(o => o.Description).HasMaxLength(4000);
            opportunity.Property(o => o.PrefectureKey).HasMaxLength(20);
            opportunity.Property(o => o.CountyKey).HasMaxLength(20);
            opportunity.Property(o => o.CreatedBy).HasMaxLength(100);
            opportunity.Property(o => o.CreatedAt).HasConversion(UtcTicksConverter.Instance);
            opportunity.HasMany(o => o.Shifts).WithOne().HasForeignKey(s => s.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Shift>(shift =>
        {
            shift.ToTable("Shifts");
            shift.HasKey(s => s.Id);
            shift.Property(s => s.StartsAt).HasConversion(UtcTicksConverter.Instance);
            shift.Property(s => s.EndsAt).HasConversion(UtcTicksConverter.Instance);
            shift.Property(s => s.Place).HasMaxLength(300);
            shift.Property(s => s.RequiredSkills).HasMaxLength(400);
            shift.Property(s => s.RequiredQualifications).HasMaxLength(400);
            shift.Property(s => s.Version).IsConcurrencyToken();
            shift.HasIndex(s => s.StartsAt);
            shift.Ignore(s => s.RequiredSkillList);
            shift.Ignore(s => s.RequiredQualificationList);
        });

        model.Entity<ShiftSignup>(signup =>
        {
            signup.ToTable("ShiftSignups");
            signup.HasKey(s => s.Id);
            signup.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
            signup.Property(s => s.SignedUpAt).HasConversion(UtcTicksConverter.Instance);
            signup.HasIndex(s => new { s.ShiftId, s.VolunteerId }).IsUnique();
            signup.HasIndex(s => new { s.VolunteerId, s.State });
            signup.HasOne<Shift>().WithMany().HasForeignKey(s => s.ShiftId).OnDelete(DeleteBehavior.Cascade);
            signup.HasOne<Volunteer>().WithMany().HasForeignKey(s => s.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<HoursEntry>(hours =>
        {
            hours.ToTable("HoursEntries");
            hours.HasKey(h => h.Id);
            hours.Property(h => h.State).HasConversion<string>().HasMaxLength(20);
            hours.Property(h => h.Note).HasMaxLength(1000);
            hours.Property(h => h.DecidedBy).HasMaxLength(100);
            hours.Property(h => h.PrefectureKey).HasMaxLength(20);
            hours.Property(h => h.Team).HasMaxLength(100);
            hours.Property(h => h.LoggedAt).HasConversion(UtcTicksConverter.Instance);
            hours.Property(h => h.DecidedAt).HasConversion(NullableUtcTicksConverter.Instance);
            hours.HasIndex(h => new { h.ShiftId, h.VolunteerId }).IsUnique();
            hours.HasIndex(h => new { h.VolunteerId, h.State });
            hours.HasOne<Shift>().WithMany().HasForeignKey(h => h.ShiftId).OnDelete(DeleteBehavior.Restrict);
            hours.HasOne<Volunteer>().WithMany().HasForeignKey(h => h.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<ShiftEvaluation>(evaluation =>
        {
            evaluation.ToTable("ShiftEvaluations");
            evaluation.HasKey(e => e.Id);
            evaluation.Property(e => e.Feedback).HasMaxLength(2000);
            evaluation.Property(e => e.EvaluatedBy).HasMaxLength(100);
            evaluation.Property(e => e.EvaluatedAt).HasConversion(UtcTicksConverter.Instance);
            evaluation.HasIndex(e => new { e.ShiftId, e.VolunteerId }).IsUnique();
            evaluation.HasOne<Shift>().WithMany().HasForeignKey(e => e.ShiftId).OnDelete(DeleteBehavior.Cascade);
            evaluation.HasOne<Volunteer>().WithMany().HasForeignKey(e => e.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
