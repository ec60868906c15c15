using Portal.Tests.Infrastructure;
using System.Text.Json;
using Portal.Content.Blocks;
using Portal.Content.Items;
using Portal.Content.Revisions;
using Portal.Content.Types;
using Block = Portal.Content.Blocks.Block;

namespace Portal.Tests.Content;

/// <summary>
/// What the review diff is made of: each of the type's fields compared on its own under its own name (never the
/// fields' JSON as one "fields" entry), yes/no values as such, file ids as files, and the files a block shows.
/// </summary>
[UnitTest]
public sealed class VersionDiffWordingTests
{
    [Fact]
    public void Each_changed_field_is_named_on_its_own_with_yes_no_and_file_values_marked_as_such()
    {
        var (oldImage, newImage) = (Guid.NewGuid(), Guid.NewGuid());
        var older = Version(new PosterFields { ImageAssetId = oldImage, AltText = "旧的替代文字" }, noIndex: false);
        var newer = Version(new PosterFields { ImageAssetId = newImage, AltText = "新的替代文字" }, noIndex: true);

        var diff = VersionDiffer.Diff(older, [], newer, []);

        Assert.DoesNotContain(diff.Fields, f => f.Field == "fields");
        Assert.All(diff.Fields, f => Assert.DoesNotContain("{", (f.Old ?? "") + f.New, StringComparison.Ordinal));
        var image = Assert.Single(diff.Fields, f => f.Field == "fields.imageAssetId");
        Assert.Equal((FieldValueKind.Media, oldImage.ToString(), newImage.ToString()), (image.Kind, image.Old, image.New));
        var alt = Assert.Single(diff.Fields, f => f.Field == "fields.altText");
        Assert.Equal((FieldValueKind.Text, "旧的替代文字", "新的替代文字"), (alt.Kind, alt.Old, alt.New));
        Assert.Contains(alt.Text, s => s.Kind == SegmentKind.Added && s.Text.Contains('新', StringComparison.Ordinal));
        var noIndex = Assert.Single(diff.Fields, f => f.Field == "seo.noIndex");
        Assert.Equal((FieldValueKind.YesNo, "false", "true"), (noIndex.Kind, noIndex.Old, noIndex.New));
        Assert.DoesNotContain(diff.Fields, f => f.Field == "fields.printFiles");
    }

    [Fact]
    public void A_yes_no_field_of_the_type_is_a_yes_no_change_and_unchanged_fields_are_left_out()
    {
        var older = Version(new LegalTextFields { DocumentNumber = "甘政办发〔2022〕38号", IssuedBy = "省政府办公厅", InForce = true }, noIndex: false);
        var newer = Version(new LegalTextFields { DocumentNumber = "甘政办发〔2022〕38号", IssuedBy = "省政府办公厅", InForce = false }, noIndex: false);

        var field = Assert.Single(VersionDiffer.Diff(older, [], newer, []).Fields);

        Assert.Equal(("fields.inForce", FieldValueKind.YesNo, "true", "false"), (field.Field, field.Kind, field.Old, field.New));
    }

    [Fact]
    public void Choices_moments_and_terms_are_marked_as_such_so_that_no_code_reaches_the_reader()
    {
        var older = Version(new AlertFields { Kind = AlertKind.UrgentNotice, ExpiresAt = new DateTimeOffset(2026, 12, 1, 16, 0, 0, TimeSpan.Zero) }, noIndex: false);
        var newer = Version(new AlertFields { Kind = AlertKind.MissingPerson, ExpiresAt = new DateTimeOffset(2026, 12, 8, 16, 0, 0, TimeSpan.Zero) }, noIndex: false);

        var diff = VersionDiffer.Diff(older, ["Audience:parents"], newer, ["Audience:parents", "Topic:child-abduction"]);

        var kind = Assert.Single(diff.Fields, f => f.Field == "fields.kind");
        Assert.Equal((FieldValueKind.Choice, nameof(AlertKind), "UrgentNotice", "MissingPerson"), (kind.Kind, kind.ChoiceOf, kind.Old, kind.New));
        var expiry = Assert.Single(diff.Fields, f => f.Field == "fields.expiresAt");
        Assert.Equal(FieldValueKind.Time, expiry.Kind);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 16, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(expiry.New!, System.Globalization.CultureInfo.InvariantCulture));
        var terms = Assert.Single(diff.Fields, f => f.Field == "terms");
        Assert.Equal((FieldValueKind.Terms, "Audience:parents", "Audience:parents,Topic:child-abduction"), (terms.Kind, terms.Old, terms.New));
    }

    [Fact]
    public void A_term_held_in_a_field_is_a_term_change_of_its_vocabulary()
    {
        var older = Version(new LessonFields { GradeBand = "primary" }, noIndex: false);
        var newer = Version(new LessonFields { GradeBand = "junior-high" }, noIndex: false);

        var band = Assert.Single(VersionDiffer.Diff(older, [], newer, []).Fields, f => f.Field == "fields.gradeBand");

        Assert.Equal((FieldValueKind.Terms, "GradeBand:primary", "GradeBand:junior-high"), (band.Kind, band.Old, band.New));
    }

    [Fact]
    public void A_list_of_records_is_a_list_of_entries_whose_paper_sizes_files_and_yes_no_are_marked_as_such()
    {
        var (a3, rollUp, pdf) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var older = Version(new PosterFields { PrintFiles = [new PrintFile { PaperSize = PaperSize.A3, AssetId = a3 }] }, noIndex: false);
        var newer = Version(new PosterFields { PrintFiles = [new PrintFile { PaperSize = PaperSize.A3, AssetId = a3 }, new PrintFile { PaperSize = PaperSize.RollUp, AssetId = rollUp }] }, noIndex: false);

        var files = Assert.Single(VersionDiffer.Diff(older, [], newer, []).Fields, f => f.Field == "fields.printFiles");

        Assert.Equal(FieldValueKind.Entries, files.Kind);
        Assert.Single(files.OldEntries);
        Assert.Equal(2, files.NewEntries.Count);
        Assert.Equal(files.OldEntries[0].Key, files.NewEntries[0].Key);
        Assert.Equal(
            [new EntryPart("paperSize", FieldValueKind.Choice, "RollUp", nameof(PaperSize)), new EntryPart("assetId", FieldValueKind.Media, rollUp.ToString())],
            files.NewEntries[1].Parts);

        var pack = Version(new ResourceFields { Files = [new ResourceFile { AssetId = pdf, Label = "教师用书", Format = "PDF", PrintReady = true, PageCount = 12 }] }, noIndex: false);
        var packFiles = Assert.Single(VersionDiffer.Diff(null, [], pack, []).Fields, f => f.Field == "fields.files");
        var parts = Assert.Single(packFiles.NewEntries).Parts;
        Assert.Contains(new EntryPart("printReady", FieldValueKind.YesNo, "true"), parts);
        Assert.Contains(new EntryPart("pageCount", FieldValueKind.Text, "12"), parts);
        Assert.DoesNotContain(parts, p => p.Name == "paperSize");
    }

    [Fact]
    public void A_curriculums_lessons_are_items_in_teaching_order_not_text()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var older = Version(new CurriculumFields { Lessons = [first, second] }, noIndex: false);
        var newer = Version(new CurriculumFields { Lessons = [second, first] }, noIndex: false);

        var lessons = Assert.Single(VersionDiffer.Diff(older, [], newer, []).Fields, f => f.Field == "fields.lessons");

        Assert.Equal((FieldValueKind.Items, $"{first},{second}", $"{second},{first}"), (lessons.Kind, lessons.Old, lessons.New));
        Assert.Empty(lessons.Text);
    }

    [Fact]
    public void An_added_image_block_names_its_file_and_a_changed_one_the_file_before_and_after()
    {
        var (first, second, added) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var kept = new ImageBlock { Id = Guid.NewGuid(), AssetId = first, Alt = "海报" };

        var blocks = VersionDiffer.DiffBlocks([kept], [kept with { AssetId = second }, new ImageBlock { Id = Guid.NewGuid(), AssetId = added, Alt = "新图" }]);

        var changed = Assert.Single(blocks, b => b.Kind == ChangeKind.Changed);
        Assert.Equal([first], changed.OldMedia);
        Assert.Equal([second], changed.NewMedia);
        var appended = Assert.Single(blocks, b => b.Kind == ChangeKind.Added);
        Assert.Empty(appended.OldMedia);
        Assert.Equal([added], appended.NewMedia);
    }

    private static ContentVersion Version(ContentFields fields, bool noIndex, params Block[] blocks) => new()
    {
        Id = Guid.NewGuid(),
        Title = "海报",
        Slug = "poster",
        FieldsJson = JsonSerializer.Serialize(fields, BlockJson.Options),
        BodyJson = BlockJson.Serialize(blocks),
        NoIndex = noIndex,
    };
}
