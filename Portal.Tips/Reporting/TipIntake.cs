using Portal.Shared.Time;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Monitoring;
using Portal.Tips.Reporting;
using Portal.Storage.Regions;

namespace Portal.Tips.Reporting;

/// <summary>
/// Takes a tip from the public form: validates it, encrypts it under a new data key and commits it once.
/// The receipt exists only after the commit; the same idempotency key always leads to the same tip, and within
/// <see cref="ReceiptVisibleFor"/> to the same receipt. Only the receipt's keyed hashes are stored.
/// </summary>
public sealed class TipIntake(TipsContexts contexts, TipKeyring keyring, ReceiptHashes hashes, TipMetrics metrics, TimeProvider time)
{
    /// <summary>How long the receipt can be shown again (a reload, a repeated submit); afterwards only its hashes remain.</summary>
    public static readonly TimeSpan ReceiptVisibleFor = TimeSpan.FromMinutes(30);

    public async Task<TipSubmissionResult> SubmitAsync(TipSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var removed = 0;
        string? Clean(string? text)
        {
            var (cleaned, count) = TipTextRules.Clean(text);
            removed += count;
            return cleaned;
        }

        var partyErrors = new List<Problem>();
        var report = new TipReport(
            Clean(submission.WhatHappened) ?? "",
            Clean(submission.PlaceDetail),
            Clean(submission.OtherProvince),
            Clean(submission.WhenText),
            null,
            submission.HappeningNow,
            submission.ChildJustMissing,
            InvolvedParties.ReadPeople(submission.People, Clean, partyErrors),
            InvolvedParties.ReadVehicles(submission.Vehicles, Clean, partyErrors),
            Clean(submission.OnlineLinks));
        var contact = submission.Mode == ReporterMode.Anonymous
            ? null
            : new ReporterContact(submission.Mode, Clean(submission.Name), Clean(submission.Phone), Clean(submission.Institution), Clean(submission.Role));

        var errors = new List<Problem>();
        var place = Validate(submission, report, contact, errors, out var whenDate);
        errors.AddRange(partyErrors);
        if (errors.Count > 0)
        {
            return TipSubmissionResult.Refused(errors, removed);
        }

        report = report with { WhenDate = whenDate };
        // No look-up first: the unique index on the idempotency hash decides, which saves a round trip on
        // every first submit and is also what makes two simultaneous submits of one form a single tip.
        var idempotencyHash = hashes.OfIdempotencyKey(submission.IdempotencyKey!);

        var urgent = submission.HappeningNow || submission.ChildJustMissing;
        var now = time.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var staging = submission.WithStagedAttachments
            ? await context.Set<AttachmentStaging>().SingleOrDefaultAsync(s => s.IdempotencyKeyHash == idempotencyHash, cancellationToken)
            : null;
        var tipId = staging?.TipId ?? Guid.CreateVersion7(now);
        var prefectureKey = place?.Level == DivisionLevel.Prefecture ? place.Key : place?.ParentKey;
        var countyKey = place?.Level == DivisionLevel.Prefecture ? null : place?.Key;
        var dataKey = staging is null
            ? Protection.TipDataKey.Generate()
            : Attachments.StagingKey.Open(keyring, submission.IdempotencyKey!, staging.TipId, staging.WrappedDataKey)
                ?? throw new System.Security.Cryptography.CryptographicException("The form's key does not open its staged files.");
        var readers = await keyring.ReadersAsync(context, prefectureKey, countyKey, cancellationToken);
        var receipt = Receipt.Derive(hashes.ReceiptSeed(submission.IdempotencyKey!));
        var tip = new Tip
        {
            Id = tipId,
            Category = submission.Category!,
            PrefectureKey = prefectureKey,
            CountyKey = countyKey,
            Urgent = urgent,
            Source = submission.FromVolunteer ? TipSource.Volunteer : submission.Mode == ReporterMode.Professional ? TipSource.Professional : TipSource.Public,
            Status = TipStatus.New,
            ProofOfWorkPassed = submission.ProofOfWorkPassed,
            JurisdictionKey = Police.Jurisdictions.RouteOf(prefectureKey, countyKey),
            Priority = Police.PriorityRules.Compute(submission.Category!, submission.HappeningNow, submission.ChildJustMissing),
            ReceivedAt = now,
            UpdatedAt = now,
            ReceiptNumberHash = hashes.OfNumber(receipt.Number),
            PassphraseHash = hashes.OfPassphrase(tipId, Receipt.NormalizePassphrase(receipt.Passphrase)),
            IdempotencyKeyHash = idempotencyHash,
            FieldLeadOf = submission.FromVolunteer ? submission.FieldLeadOf : null,
            EncryptedReport = TipKeyring.Seal(dataKey, tipId, TipFields.Report, report),
        };

        // A sealed tip's named reporter is under a key of their own, opened only by a disclosure with two approvals.
        var contactKey = keyring.Keep(tip, dataKey, readers, receipt, named: contact is not null);
        tip.EncryptedContact = contact is null ? null : TipKeyring.Seal(contactKey ?? dataKey, tipId, TipFields.Contact, contact);
        if (contactKey is not null)
        {
            Array.Clear(contactKey);
        }

        context.Add(tip);
        if (staging is not null)
        {
            // The tip takes over the staged files' id and key; removing the set in the same commit means the
            // sweeper can never delete the files of a tip that exists.
            context.Remove(staging);
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form was submitted before (a repeated post, a retry after a lost response).
            if (await FindByIdempotencyAsync(idempotencyHash, cancellationToken) is not { } raced)
            {
                if (await ReferenceTakenAsync(tip.Reference, cancellationToken))
                {
                    // Another tip drew the same reference first (one chance in 31⁸ per pair): draw again.
                    return await SubmitAsync(submission, cancellationToken);
                }

                if (staging is not null)
                {
                    // The staging set was swept between reading and committing (its files went with it): the
                    // tip itself must still be taken.
                    return await SubmitAsync(submission with { WithStagedAttachments = false }, cancellationToken);
                }

                throw;
            }

            // A double click or a retry whose first answer was lost: the browser shows only this answer, so it
            // must carry the receipt again, for as long as the receipt page may be shown.
            var again = raced.ReceivedAt + ReceiptVisibleFor > time.GetUtcNow() ? receipt : null;
            return TipSubmissionResult.Received(raced.Id, raced.Urgent, again, repeated: true, removed);
        }

        metrics.TipReceived(tip.Category, tip.ProofOfWorkPassed);
        return TipSubmissionResult.Received(tipId, urgent, receipt, repeated: false, removed);
    }

    private async Task<(Guid Id, bool Urgent, DateTimeOffset ReceivedAt)?> FindByIdempotencyAsync(byte[] idempotencyHash, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await context.Set<Tip>()
            .Where(t => t.IdempotencyKeyHash == idempotencyHash)
            .Select(t => new { t.Id, t.Urgent, t.ReceivedAt })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.Urgent, found.ReceivedAt);
    }

    private async Task<bool> ReferenceTakenAsync(string reference, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<Tip>().AnyAsync(t => t.Reference == reference, cancellationToken);
    }

    private Division? Validate(TipSubmission submission, TipReport report, ReporterContact? contact, List<Problem> errors, out DateOnly? whenDate)
    {
        whenDate = null;
        if (string.IsNullOrWhiteSpace(submission.IdempotencyKey) || submission.IdempotencyKey.Length > 100)
        {
            errors.Add(Problem.Error("form-expired", "form"));
        }

        if (submission.Category is null || !TipCategory.All.Contains(submission.Category))
        {
            errors.Add(Problem.Error(submission.Category is null ? "required" : "unknown-category", nameof(submission.Category)));
        }

        if (report.WhatHappened.Length == 0)
        {
            errors.Add(Problem.Error("required", nameof(submission.WhatHappened)));
        }
        else if (TipTextRules.VisibleLength(report.WhatHappened) > TipTextRules.MaxNarrativeLength)
        {
            errors.Add(Problem.Error("too-long", nameof(submission.WhatHappened)));
        }

        foreach (var (field, value) in new[]
                 {
                     (nameof(submission.PlaceDetail), report.PlaceDetail), (nameof(submission.OtherProvince), report.OtherProvince),
                     (nameof(submission.WhenText), report.WhenText), (nameof(submission.OnlineLinks), report.OnlineLinks),
                     (nameof(submission.Name), contact?.Name), (nameof(submission.Phone), contact?.Phone),
                     (nameof(submission.Institution), contact?.Institution), (nameof(submission.Role), contact?.Role),
                 })
        {
            if (TipTextRules.VisibleLength(value) > TipTextRules.MaxFieldLength)
            {
                errors.Add(Problem.Error("too-long", field));
            }
        }

        Division? place = null;
        if (!string.IsNullOrEmpty(submission.PlaceKey) && submission.PlaceKey != TipSubmission.OutsideGansu)
        {
            place = GansuDivisions.Instance.Find(submission.PlaceKey);
            if (place is null)
            {
                errors.Add(Problem.Error("unknown-place", nameof(submission.PlaceKey)));
            }
        }

        if (!string.IsNullOrWhiteSpace(submission.WhenDate))
        {
            if (!DateOnly.TryParseExact(submission.WhenDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors.Add(Problem.Error("invalid-date", nameof(submission.WhenDate)));
            }
            else if (parsed > ChinaTime.Today(time))
            {
                errors.Add(Problem.Error("future-date", nameof(submission.WhenDate)));
            }
            else
            {
                whenDate = parsed;
            }
        }

        if (contact?.Phone is { } phone && !phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')'))
        {
            errors.Add(Problem.Error("invalid-phone", nameof(submission.Phone)));
        }

        if (submission.Mode == ReporterMode.Professional && string.IsNullOrEmpty(contact?.Institution))
        {
            errors.Add(Problem.Error("required", nameof(submission.Institution)));
        }

        if (!Enum.IsDefined(submission.Mode))
        {
            errors.Add(Problem.Error("unknown-mode", nameof(submission.Mode)));
        }

        return place;
    }
}
