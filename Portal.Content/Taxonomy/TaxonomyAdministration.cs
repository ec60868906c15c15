using System.Data;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Data;

namespace Portal.Content.Taxonomy;

/// <summary>
/// Administrators maintain the vocabularies editors tag with (Audience, Setting, Topic, Region): add a term, change its
/// Chinese and English labels, move it under another parent, reorder it among its siblings, delete it while no version
/// uses it. Keys never change (filters, seed files and the API use them). The grade band is a typed field of lessons and
/// curricula, fixed in code, so it is not maintained here. Every change is audited in the same transaction.
/// </summary>
public sealed class TaxonomyAdministration(ContentContexts contexts, TimeProvider time)
{
    public const int MaxLabelLength = 200;

    /// <summary>The vocabularies administrators maintain.</summary>
    public static readonly IReadOnlyList<Vocabulary> Editable = [Vocabulary.Audience, Vocabulary.Setting, Vocabulary.Topic, Vocabulary.Region];

    /// <summary>The vocabulary as a tree with both labels and how many versions use each term; siblings in their order.</summary>
    public async Task<IReadOnlyList<TermAdminNode>> TreeAsync(Vocabulary vocabulary, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var terms = await context.Set<Term>().AsNoTracking().Where(t => t.Vocabulary == vocabulary).ToListAsync(cancellationToken);
        var ids = terms.Select(t => t.Id).ToList();
        var labels = await context.Set<TermLabel>().AsNoTracking().Where(l => ids.Contains(l.TermId)).ToListAsync(cancellationToken);
        var usage = await context.Set<VersionTerm>().AsNoTracking()
            .Where(vt => ids.Contains(vt.TermId))
            .GroupBy(vt => vt.TermId)
            .Select(g => new { TermId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TermId, g => g.Count, cancellationToken);
        var byTerm = labels.ToLookup(l => l.TermId);
        var children = terms.ToLookup(t => t.ParentId);
        List<TermAdminNode> Build(Guid? parent) =>
            [.. children[parent].OrderBy(t => t.SortOrder).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => new TermAdminNode(
                t.Id,
                t.Vocabulary,
                t.Key,
                t.ParentId,
                byTerm[t.Id].FirstOrDefault(l => l.Culture == ContentCultures.Chinese)?.Label ?? "",
                byTerm[t.Id].FirstOrDefault(l => l.Culture == ContentCultures.English)?.Label ?? "",
                usage.GetValueOrDefault(t.Id),
                Build(t.Id)))];
        return Build(null);
    }

    /// <summary>
    /// A new term, last among its siblings. The key follows <see cref="KeyRules"/> and is unique in the vocabulary; the
    /// parent, when given, is a term of the same vocabulary; both labels are required.
    /// </summary>
    public async Task<ContentResult<TermView>> AddAsync(ContentActor actor, NewTerm request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (Refuse<TermView>(actor, request.Vocabulary) is { } refused)
        {
            return refused;
        }

        var key = (request.Key ?? "").Trim();
        var problems = new List<ContentProblem>();
        if (!KeyRules.IsValid(key))
        {
            problems.Add(ContentProblem.Error(ContentCodes.InvalidValue, "key", key));
        }

        CheckLabels(problems, request.LabelZh, request.LabelEn);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var terms = context.Set<Term>();
        if (request.ParentId is { } parentId && !await terms.AnyAsync(t => t.Id == parentId && t.Vocabulary == request.Vocabulary, cancellationToken))
        {
            problems.Add(ContentProblem.Error(ContentCodes.TermParentInvalid, "parentId", parentId.ToString()));
        }

        if (problems.Count == 0 && await terms.AnyAsync(t => t.Vocabulary == request.Vocabulary && t.Key == key, cancellationToken))
        {
            problems.Add(ContentProblem.Error(ContentCodes.KeyTaken, "key", key));
        }

        if (problems.Count > 0)
        {
            return ContentResult.Invalid<TermView>(problems);
        }

        var now = time.GetUtcNow();
        var last = await terms.Where(t => t.Vocabulary == request.Vocabulary && t.ParentId == request.ParentId).MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0;
        var term = new Term { Id = Guid.CreateVersion7(now), Vocabulary = request.Vocabulary, Key = key, ParentId = request.ParentId, SortOrder = last + 1 };
        terms.Add(term);
        context.Set<TermLabel>().AddRange(
            new TermLabel { TermId = term.Id, Culture = ContentCultures.Chinese, Label = request.LabelZh!.Trim() },
            new TermLabel { TermId = term.Id, Culture = ContentCultures.English, Label = request.LabelEn!.Trim() });
        Audit(context, now, actor, AuditAction.TermAdded, term, $"{request.LabelZh.Trim()} / {request.LabelEn.Trim()}");
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await KeyExistsAsync(request.Vocabulary, key, cancellationToken))
            {
                throw;
            }

            // Another administrator added the same key at the same moment; the unique index kept one.
            return ContentResult.Invalid<TermView>([ContentProblem.Error(ContentCodes.KeyTaken, "key", key)]);
        }

        return ContentResult.Success(TermView.Of(term));
    }

    /// <summary>Replaces the Chinese and English labels (both required); the key stays.</summary>
    public async Task<ContentResult<TermView>> RelabelAsync(ContentActor actor, Guid termId, string? labelZh, string? labelEn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var problems = new List<ContentProblem>();
        CheckLabels(problems, labelZh, labelEn);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (term, refused) = await EditableTermAsync<TermView>(context, actor, termId, cancellationToken);
        if (term is null)
        {
            return refused!;
        }

        if (problems.Count > 0)
        {
            return ContentResult.Invalid<TermView>(problems);
        }

        var labels = await context.Set<TermLabel>().Where(l => l.TermId == termId).ToListAsync(cancellationToken);
        var before = string.Join(" / ", labels.OrderBy(l => l.Culture == ContentCultures.Chinese ? 0 : 1).Select(l => l.Label));
        foreach (var (culture, label) in new[] { (ContentCultures.Chinese, labelZh!.Trim()), (ContentCultures.English, labelEn!.Trim()) })
        {
            if (labels.Find(l => l.Culture == culture) is { } existing)
            {
                existing.Label = label;
            }
            else
            {
                context.Set<TermLabel>().Add(new TermLabel { TermId = termId, Culture = culture, Label = label });
            }
        }

        Audit(context, time.GetUtcNow(), actor, AuditAction.TermRelabelled, term, $"{before} → {labelZh.Trim()} / {labelEn.Trim()}");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success(TermView.Of(term));
    }

    /// <summary>
    /// Moves the term (with its subtree) under <paramref name="newParentId"/> (null: the top level), last among its new
    /// siblings. The parent must be of the same vocabulary and not the term itself or below it.
    /// </summary>
    public async Task<ContentResult<TermView>> MoveAsync(ContentActor actor, Guid termId, Guid? newParentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        // Serializable: two moves at the same moment cannot each pass the cycle check and together make a cycle.
        await using var transaction = await context.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var (term, refused) = await EditableTermAsync<TermView>(context, actor, termId, cancellationToken);
        if (term is null)
        {
            return refused!;
        }

        if (term.ParentId == newParentId)
        {
            return ContentResult.Success(TermView.Of(term));
        }

        var parents = await context.Set<Term>().AsNoTracking().Where(t => t.Vocabulary == term.Vocabulary)
            .ToDictionaryAsync(t => t.Id, t => t.ParentId, cancellationToken);
        if (newParentId is { } parentId)
        {
            if (!parents.ContainsKey(parentId))
            {
                return ContentResult.Invalid<TermView>([ContentProblem.Error(ContentCodes.TermParentInvalid, "parentId", parentId.ToString())]);
            }

            if (parentId == termId || AncestorsOf(parentId, parents).Contains(termId))
            {
                return ContentResult.Invalid<TermView>([ContentProblem.Error(ContentCodes.TermCycle, "parentId", parentId.ToString())]);
            }
        }

        var from = await KeyOfAsync(context, term.ParentId, cancellationToken);
        var to = await KeyOfAsync(context, newParentId, cancellationToken);
        term.ParentId = newParentId;
        term.SortOrder = (await context.Set<Term>().Where(t => t.Vocabulary == term.Vocabulary && t.ParentId == newParentId && t.Id != termId)
            .MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0) + 1;
        Audit(context, time.GetUtcNow(), actor, AuditAction.TermMoved, term, $"{from ?? "(top)"} → {to ?? "(top)"}");
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ContentResult.Success(TermView.Of(term));
    }

    /// <summary>Puts the term at <paramref name="position"/> (0-based, clamped) among its siblings and numbers them again.</summary>
    public async Task<ContentResult<TermView>> ReorderAsync(ContentActor actor, Guid termId, int position, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var (term, refused) = await EditableTermAsync<TermView>(context, actor, termId, cancellationToken);
        if (term is null)
        {
            return refused!;
        }

        var siblings = (await context.Set<Term>().Where(t => t.Vocabulary == term.Vocabulary && t.ParentId == term.ParentId && t.Id != termId).ToListAsync(cancellationToken))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        var index = Math.Clamp(position, 0, siblings.Count);
        siblings.Insert(index, term);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].SortOrder = i + 1;
        }

        Audit(context, time.GetUtcNow(), actor, AuditAction.TermReordered, term, $"position {index + 1} of {siblings.Count}");
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ContentResult.Success(TermView.Of(term));
    }

    /// <summary>
    /// Deletes a term that no version (of any item, old versions included) is tagged with and that has no child terms:
    /// versions are history, so a term they name stays. Refused with <see cref="ContentCodes.TermInUse"/> (the number of
    /// versions in <see cref="ContentProblem.Value"/>) or <see cref="ContentCodes.TermHasChildren"/>.
    /// </summary>
    public async Task<ContentResult<bool>> DeleteAsync(ContentActor actor, Guid termId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (term, refused) = await EditableTermAsync<bool>(context, actor, termId, cancellationToken);
        if (term is null)
        {
            return refused!;
        }

        var problems = new List<ContentProblem>();
        var uses = await context.Set<VersionTerm>().CountAsync(vt => vt.TermId == termId, cancellationToken);
        if (uses > 0)
        {
            problems.Add(ContentProblem.Error(ContentCodes.TermInUse, "termId", uses.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (await context.Set<Term>().AnyAsync(t => t.ParentId == termId, cancellationToken))
        {
            problems.Add(ContentProblem.Error(ContentCodes.TermHasChildren, "termId", term.Key));
        }

        if (problems.Count > 0)
        {
            return ContentResult.Invalid<bool>(problems);
        }

        var labels = await context.Set<TermLabel>().Where(l => l.TermId == termId).ToListAsync(cancellationToken);
        var summary = string.Join(" / ", labels.OrderBy(l => l.Culture == ContentCultures.Chinese ? 0 : 1).Select(l => l.Label));
        context.RemoveRange(labels);
        context.Remove(term);
        Audit(context, time.GetUtcNow(), actor, AuditAction.TermDeleted, term, summary);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A version tagged with the term, or a child term, was saved after the checks: the foreign keys refused the delete.
            return ContentResult.Invalid<bool>([ContentProblem.Error(ContentCodes.TermInUse, "termId", "1")]);
        }

        return ContentResult.Success(true);
    }

    /// <summary>The term to change, or why the actor may not: unknown (administrators only learn that), or not editable.</summary>
    private static async Task<(Term? Term, ContentResult<T>? Refused)> EditableTermAsync<T>(
        ContentDbContext context, ContentActor actor, Guid termId, CancellationToken cancellationToken)
    {
        var term = await context.Set<Term>().SingleOrDefaultAsync(t => t.Id == termId, cancellationToken);
        if (term is null)
        {
            return (null, actor.IsAdministrator ? ContentResult.NotFound<T>("termId") : ContentResult.Forbidden<T>(ContentCodes.AdministratorRequired));
        }

        return Refuse<T>(actor, term.Vocabulary) is { } refused ? (null, refused) : (term, null);
    }

    private static ContentResult<T>? Refuse<T>(ContentActor actor, Vocabulary vocabulary) =>
        !actor.IsAdministrator ? ContentResult.Forbidden<T>(ContentCodes.AdministratorRequired)
        : !Editable.Contains(vocabulary) ? ContentResult.Invalid<T>([ContentProblem.Error(ContentCodes.VocabularyFixed, "vocabulary", vocabulary.ToString())])
        : null;

    private static void CheckLabels(List<ContentProblem> problems, string? labelZh, string? labelEn)
    {
        foreach (var (field, value) in new[] { ("labelZh", labelZh), ("labelEn", labelEn) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(ContentProblem.Error(ContentCodes.Required, field));
            }
            else if (value.Trim().Length > MaxLabelLength)
            {
                problems.Add(ContentProblem.Error(ContentCodes.TooLong, field));
            }
        }
    }

    private async Task<bool> KeyExistsAsync(Vocabulary vocabulary, string key, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<Term>().AnyAsync(t => t.Vocabulary == vocabulary && t.Key == key, cancellationToken);
    }

    private static async Task<string?> KeyOfAsync(ContentDbContext context, Guid? termId, CancellationToken cancellationToken) =>
        termId is { } id ? await context.Set<Term>().Where(t => t.Id == id).Select(t => t.Key).SingleOrDefaultAsync(cancellationToken) : null;

    private static IEnumerable<Guid> AncestorsOf(Guid termId, Dictionary<Guid, Guid?> parents)
    {
        var seen = new HashSet<Guid> { termId };
        var current = termId;
        while (parents.TryGetValue(current, out var parent) && parent is { } next && seen.Add(next))
        {
            yield return next;
            current = next;
        }
    }

    /// <summary>The summary names the vocabulary and key, which never change, so the trail stays readable after a delete.</summary>
    private static void Audit(ContentDbContext context, DateTimeOffset at, ContentActor actor, AuditAction action, Term term, string detail) =>
        ContentAuditLog.Record(context, at, actor, action, null, null, null, $"{term.Vocabulary}:{term.Key} {detail}");
}

/// <summary>A term to add: vocabulary, key, optional parent (same vocabulary) and both labels.</summary>
public sealed record NewTerm(Vocabulary Vocabulary, string Key, Guid? ParentId, string? LabelZh, string? LabelEn);

/// <summary>A term as the administration page shows it: both labels, how many versions are tagged with it, its children.</summary>
public sealed record TermAdminNode(
    Guid Id, Vocabulary Vocabulary, string Key, Guid? ParentId, string LabelZh, string LabelEn, int VersionCount, IReadOnlyList<TermAdminNode> Children);
