using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Storage.Regions;

namespace Portal.Content.Seed;

/// <summary>
/// Fills an empty content database with the content a new installation starts with (<see cref="SeedData"/>): the
/// implementation rules, curricula and lessons, the core message, FAQs, posters and a station kit. Everything goes
/// through the real services — the seed author creates and submits, the seed approver (another system actor, so four
/// eyes holds) approves and publishes — so every check, publish rule and audit event applies. A database that holds
/// any item is left alone, so running it again adds nothing.
/// </summary>
internal sealed partial class ContentSeeder(
    ContentContexts contexts,
    ContentEditor editor,
    ContentWorkflow workflow,
    MediaLibrary mediaLibrary,
    ILogger<ContentSeeder> logger)
{
    public Task<SeedResult> SeedAsync(CancellationToken cancellationToken = default) => SeedAsync(SeedData.Files, cancellationToken);

    internal async Task<SeedResult> SeedAsync(IReadOnlyList<SeedFile> files, CancellationToken cancellationToken)
    {
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await context.Set<ContentItem>().AnyAsync(cancellationToken))
            {
                LogAlreadySeeded(logger);
                return new SeedResult(SeedOutcome.AlreadySeeded, 0, 0);
            }
        }

        var media = await UploadMediaAsync(files, cancellationToken);
        var items = new Dictionary<(string Set, string Culture, Rendition Rendition), Guid>();
        var versions = new List<(SeedFile File, Guid VersionId)>();
        foreach (var file in InCreationOrder(files))
        {
            var created = await CreateAsync(file, items, media, cancellationToken);
            if (created is null)
            {
                if (versions.Count == 0)
                {
                    LogSeededElsewhere(logger, file.Slug);
                    return new SeedResult(SeedOutcome.SeededElsewhere, 0, 0);
                }

                throw new InvalidOperationException($"Seed file {file.Source}: its slug '{file.Slug}' is taken.");
            }

            items[file.Key] = created.ItemId;
            versions.Add((file, created.VersionId));
        }

        // Published only once every variant exists, so the EasyRead check sees the whole set.
        foreach (var (file, versionId) in versions)
        {
            await PublishAsync(file, versionId, cancellationToken);
        }

        LogSeeded(logger, versions.Count);
        return new SeedResult(SeedOutcome.Seeded, versions.Count, versions.Count);
    }

    /// <summary>
    /// Uploads the media files the items use, as the seed author in each file's department. A file uploaded before (by a
    /// node seeding at the same time, or a run that stopped) comes back as the same asset: the library de-duplicates.
    /// </summary>
    private async Task<Dictionary<string, Guid>> UploadMediaAsync(IReadOnlyList<SeedFile> files, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var name in files.SelectMany(SeedTokens.MediaNames).Distinct().Order(StringComparer.Ordinal))
        {
            var entry = SeedData.Media.SingleOrDefault(m => m.File == name) ?? throw new InvalidDataException($"Seed media {name} is not listed in Seed/Media/media.json.");
            await using var content = SeedData.OpenMedia(name);
            var uploaded = await mediaLibrary.UploadAsync(
                ContentActor.SeedAuthor,
                new MediaUpload { DepartmentId = DepartmentSeed.IdOf(entry.Department), FileName = name, Content = content, Texts = entry.Texts },
                cancellationToken);
            ids[name] = uploaded.Succeeded ? uploaded.Value!.Asset.Id : throw new InvalidOperationException($"Seed media {name} was refused: {uploaded}");
        }

        return ids;
    }

    /// <summary>Items another one points to come first; within a set, Chinese Standard first (the others are its variants).</summary>
    internal static List<SeedFile> InCreationOrder(IReadOnlyList<SeedFile> files)
    {
        var ordered = new List<SeedFile>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var pending = files
            .OrderBy(f => f.Culture == ContentCultures.Chinese ? 0 : 1).ThenBy(f => f.Rendition).ThenBy(f => f.Source, StringComparer.Ordinal)
            .ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(f => SeedTokens.ItemSets(f).All(set => done.Contains(set) || set == f.Set)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidDataException("Seed files refer to each other in a circle: " + string.Join(", ", pending.Select(f => f.Source)));
            }

            // A whole round is created before the sets it completes count as done, so a set's own variants stay together.
            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
            done.UnionWith(ready.Select(f => f.Set).Where(set => pending.All(p => p.Set != set)));
        }

        return ordered;
    }

    private async Task<SavedVersion?> CreateAsync(
        SeedFile file, Dictionary<(string Set, string Culture, Rendition Rendition), Guid> items, Dictionary<string, Guid> media, CancellationToken cancellationToken)
    {
        var fields = SeedTokens.Resolve(file.Fields, file.Culture, items, media) is { } fieldsNode
            ? fieldsNode.Deserialize<ContentFields>(BlockJson.Options)
            : null;
        var blocks = SeedTokens.Resolve(file.Blocks, file.Culture, items, media)!.Deserialize<List<Block>>(BlockJson.Options) ?? [];
        var terms = file.Terms.ToDictionary(pair => Enum.Parse<Vocabulary>(pair.Key), pair => (IReadOnlyList<string>)pair.Value);
        if (file.AllRegions)
        {
            terms[Vocabulary.Region] = [.. GansuDivisions.Instance.All.Where(d => d.Level is DivisionLevel.Prefecture or DivisionLevel.NewArea).Select(d => d.Key)];
        }

        var variantOf = items.Where(pair => pair.Key.Set == file.Set).Select(pair => (Guid?)pair.Value).FirstOrDefault();
        var result = await editor.CreateAsync(ContentActor.SeedAuthor, file.Type, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.IdOf(file.Department),
            Culture = file.Culture,
            Rendition = file.Rendition,
            VariantOf = variantOf,
            Draft = new ContentDraft
            {
                Title = file.Title,
                Summary = file.Summary,
                Slug = file.Slug,
                Blocks = blocks,
                Fields = fields,
                Terms = terms,
                ChangeNote = "初始内容 / seed content",
            },
        }, cancellationToken);
        if (result.Succeeded)
        {
            // Seed text is written to pass every check: a warning (e.g. markup the sanitiser removed) is a bug in the file.
            var warning = result.Warnings.FirstOrDefault();
            return warning is null ? result.Value : throw new InvalidOperationException($"Seed file {file.Source}: {warning}");
        }

        if (variantOf is null && result.Errors.All(p => p.Code == ContentCodes.SlugTaken))
        {
            return null;
        }

        throw new InvalidOperationException($"Seed file {file.Source} was refused: {result}");
    }

    private async Task PublishAsync(SeedFile file, Guid versionId, CancellationToken cancellationToken)
    {
        const string Comment = "初始内容 / seed content";
        var steps = new (string Step, Func<Task<ContentResult<Transition>>> Run)[]
        {
            ("submit", () => workflow.SubmitAsync(ContentActor.SeedAuthor, versionId, Comment, cancellationToken)),
            ("approve", () => workflow.ApproveAsync(ContentActor.SeedApprover, versionId, Comment, cancellationToken)),
            ("publish", () => workflow.PublishAsync(ContentActor.SeedApprover, versionId, Comment, cancellationToken)),
        };
        foreach (var (step, run) in steps)
        {
            var result = await run();
            if (!result.Succeeded || result.Warnings.Any())
            {
                throw new InvalidOperationException($"Seed file {file.Source}: {step} gave {result} {string.Join("; ", result.Warnings)}");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content seed: the database already holds content; nothing added.")]
    private static partial void LogAlreadySeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content seed: another node is seeding (slug {Slug} was taken first); this one stops.")]
    private static partial void LogSeededElsewhere(ILogger logger, string slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content seed: {Count} items created and published.")]
    private static partial void LogSeeded(ILogger logger, int count);
}
