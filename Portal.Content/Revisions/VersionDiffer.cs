using Portal.Content.Blocks;
using Portal.Content.Items;

namespace Portal.Content.Revisions;

/// <summary>Compares two versions field by field and block by block (blocks are matched by id).</summary>
internal static class VersionDiffer
{
    /// <param name="older">The version to compare from; null compares with an empty item (all added).</param>
    /// <param name="olderTerms">Term keys of <paramref name="older"/> as <c>Vocabulary:key</c>.</param>
    public static VersionDiff Diff(ContentVersion? older, IReadOnlyCollection<string> olderTerms, ContentVersion newer, IReadOnlyCollection<string> newerTerms)
    {
        ArgumentNullException.ThrowIfNull(newer);
        var fields = new List<FieldDiff>();
        Compare(fields, "title", older?.Title, newer.Title);
        Compare(fields, "summary", older?.Summary, newer.Summary);
        Compare(fields, "slug", older?.Slug, newer.Slug);
        var (oldTerms, newTerms) = (Join(olderTerms), Join(newerTerms));
        if (oldTerms != newTerms)
        {
            fields.Add(new FieldDiff("terms", oldTerms, newTerms, [], FieldValueKind.Terms));
        }

        if (older is null || older.FieldsJson != newer.FieldsJson)
        {
            fields.AddRange(FieldsDiffer.Diff(older?.FieldsJson, newer.FieldsJson));
        }

        Compare(fields, "seo.metaTitle", older?.MetaTitle, newer.MetaTitle);
        Compare(fields, "seo.metaDescription", older?.MetaDescription, newer.MetaDescription);
        if (older?.SeoImageAssetId != newer.SeoImageAssetId)
        {
            fields.Add(new FieldDiff("seo.imageAssetId", older?.SeoImageAssetId?.ToString(), newer.SeoImageAssetId?.ToString(), [], FieldValueKind.Media));
        }

        if ((older?.NoIndex ?? false) != newer.NoIndex)
        {
            fields.Add(new FieldDiff("seo.noIndex", older is null ? null : FieldsDiffer.YesNo(older.NoIndex), FieldsDiffer.YesNo(newer.NoIndex), [], FieldValueKind.YesNo));
        }
        var blocks = DiffBlocks(older?.ReadBlocks() ?? [], newer.ReadBlocks());
        return new VersionDiff(older?.Id, older?.Number, newer.Id, newer.Number, fields, blocks);
    }

    internal static List<BlockDiff> DiffBlocks(IReadOnlyList<Block> older, IReadOnlyList<Block> newer)
    {
        var oldIndex = older.Select((b, i) => (b, i)).ToDictionary(x => x.b.Id, x => x.i);
        var newIds = newer.Select(b => b.Id).ToHashSet();
        var commonInOldOrder = older.Where(b => newIds.Contains(b.Id)).Select(b => b.Id).ToList();
        var commonInNewOrder = newer.Where(b => oldIndex.ContainsKey(b.Id)).Select(b => b.Id).ToList();
        var stayed = LongestCommonSubsequence(commonInOldOrder, commonInNewOrder);

        var diffs = new List<BlockDiff>();
        for (var i = 0; i < newer.Count; i++)
        {
            var block = newer[i];
            if (!oldIndex.TryGetValue(block.Id, out var was))
            {
                diffs.Add(new BlockDiff(ChangeKind.Added, block.Id, block.BlockType, null, i, TextDiff.Compute("", Text(block))) { NewMedia = [.. block.MediaAssetIds()] });
                continue;
            }

            var before = older[was];
            if (BlockJson.SerializeOne(before) != BlockJson.SerializeOne(block))
            {
                diffs.Add(new BlockDiff(ChangeKind.Changed, block.Id, block.BlockType, was, i, TextDiff.Compute(Text(before), Text(block)))
                {
                    OldMedia = [.. before.MediaAssetIds()],
                    NewMedia = [.. block.MediaAssetIds()],
                });
            }
            else
            {
                var kind = stayed.Contains(block.Id) ? ChangeKind.Unchanged : ChangeKind.Moved;
                diffs.Add(new BlockDiff(kind, block.Id, block.BlockType, was, i, TextDiff.Compute(Text(block), Text(block))));
            }
        }

        for (var i = 0; i < older.Count; i++)
        {
            if (!newIds.Contains(older[i].Id))
            {
                diffs.Add(new BlockDiff(ChangeKind.Removed, older[i].Id, older[i].BlockType, i, null, TextDiff.Compute(Text(older[i]), "")) { OldMedia = [.. older[i].MediaAssetIds()] });
            }
        }

        return diffs;
    }

    private static string Text(Block block) => string.Join('\n', block.PlainText().Where(t => !string.IsNullOrWhiteSpace(t)));

    internal static string? Join(IEnumerable<string> terms) => terms.Any() ? string.Join(",", terms.Order(StringComparer.Ordinal)) : null;

    private static void Compare(List<FieldDiff> fields, string name, string? older, string? newer)
    {
        if (!string.Equals(older ?? "", newer ?? "", StringComparison.Ordinal))
        {
            fields.Add(new FieldDiff(name, older, newer, TextDiff.Compute(older, newer)));
        }
    }

    private static HashSet<Guid> LongestCommonSubsequence(List<Guid> a, List<Guid> b)
    {
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new HashSet<Guid>();
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a[i] == b[j])
            {
                result.Add(a[i]);
                i++;
                j++;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }
}
