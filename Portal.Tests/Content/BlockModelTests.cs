using Microsoft.Extensions.Time.Testing;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Revisions;
using Portal.Content.Types;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[UnitTest]
public sealed class BlockModelTests
{
    [Fact]
    public void Blocks_round_trip_through_json_with_a_type_discriminator()
    {
        Block[] blocks =
        [
            Drafts.Heading("举报方式"),
            Drafts.Columns([Drafts.Image("海报")], [new StepsBlock { Id = Guid.NewGuid(), Steps = [new StepItem { Title = "拨打 110" }] }]),
            new CalloutBlock { Id = Guid.NewGuid(), Tone = CalloutTone.Warning, Html = "<p>警惕高薪招工</p>" },
            new ReportTipBlock { Id = Guid.NewGuid() },
        ];

        var json = BlockJson.Serialize(blocks);
        var back = BlockJson.Deserialize(json);

        Assert.Contains("\"type\":\"heading\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"columns\"", json, StringComparison.Ordinal);
        Assert.Contains("\"tone\":\"Warning\"", json, StringComparison.Ordinal);
        Assert.Contains("举报方式", json, StringComparison.Ordinal);
        Assert.Equal(json, BlockJson.Serialize(back));
        Assert.IsType<ImageBlock>(((ColumnsBlock)back[1]).Columns[0].Blocks[0]);
    }

    [Fact]
    public void An_unknown_block_type_in_json_is_a_problem_not_a_crash()
    {
        var result = BlockJson.TryDeserialize("[{\"type\":\"marquee\",\"id\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"}]");

        Assert.Equal(ContentCodes.InvalidBlockJson, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Validation_names_empty_fields_and_refuses_columns_inside_columns()
    {
        var nested = Drafts.Columns([Drafts.Columns([Drafts.Heading("a")], [Drafts.Heading("b")])], [Drafts.Heading("c")]);
        var emptyHeading = Drafts.Heading(" ");
        var download = new DownloadListBlock { Id = Guid.NewGuid(), Items = [new DownloadItem { Label = "海报 A2" }] };

        var (_, problems) = BlockValidation.Normalize([emptyHeading, nested, download, null], new RichTextSanitizer(), null, new FakeTimeProvider());

        Assert.Contains(problems, p => p.Code == ContentCodes.Required && p.BlockPath == "blocks[0]" && p.Field == "text");
        Assert.Contains(problems, p => p.Code == ContentCodes.BlockNotAllowed && p.BlockPath == "blocks[1].columns[0].blocks[0]");
        Assert.Contains(problems, p => p.Code == ContentCodes.Required && p.BlockPath == "blocks[2]" && p.Field == "items[0].assetId");
        Assert.Contains(problems, p => p.Code == ContentCodes.BlockMissing && p.BlockPath == "blocks[3]");
    }

    [Fact]
    public void Blocks_without_an_id_or_with_a_repeated_id_get_a_new_one()
    {
        var copied = Drafts.Paragraph("<p>一</p>");

        var (blocks, _) = BlockValidation.Normalize([copied, copied with { Html = "<p>二</p>" }, new QuoteBlock { Text = "引文" }], new RichTextSanitizer(), null, new FakeTimeProvider());

        Assert.Equal(copied.Id, blocks[0].Id);
        Assert.Equal(3, blocks.Select(b => b.Id).Distinct().Count());
        Assert.DoesNotContain(Guid.Empty, blocks.Select(b => b.Id));
    }

    [Fact]
    public void A_legal_text_takes_only_text_blocks()
    {
        var (_, problems) = BlockValidation.Normalize([Drafts.Paragraph("<p>第一条</p>"), Drafts.Video(true)], new RichTextSanitizer(), ContentTypes.Of(ContentType.LegalText).AllowedBlocks, new FakeTimeProvider());

        Assert.Equal((ContentCodes.BlockNotAllowed, "blocks[1]"), (Assert.Single(problems).Code, Assert.Single(problems).BlockPath));
    }

    [Fact]
    public void Chinese_text_is_compared_character_by_character_and_English_word_by_word()
    {
        Assert.Equal(
            [new TextSegment(SegmentKind.Same, "发现线索请拨打"), new TextSegment(SegmentKind.Removed, "110"), new TextSegment(SegmentKind.Added, "12345热线"), new TextSegment(SegmentKind.Same, "。")],
            TextDiff.Compute("发现线索请拨打110。", "发现线索请拨打12345热线。"));
        Assert.Equal(
            [new TextSegment(SegmentKind.Same, "Call "), new TextSegment(SegmentKind.Removed, "police"), new TextSegment(SegmentKind.Added, "110"), new TextSegment(SegmentKind.Same, " now")],
            TextDiff.Compute("Call police now", "Call 110 now"));
    }

    [Fact]
    public void Content_roles_are_identity_roles_and_map_from_role_names()
    {
        Assert.All(Enum.GetNames<ContentRole>(), name => Assert.Contains(name, Portal.Web.Identity.PortalRoles.Staff));

        var actor = ContentActor.FromRoleNames("u1", [Portal.Web.Identity.PortalRoles.Reviewer, Portal.Web.Identity.PortalRoles.Officer, Portal.Web.Identity.PortalRoles.SecurityAdministrator]);

        Assert.Equal([ContentRole.Reviewer], actor.Roles.ToArray());
        Assert.True(actor.IsAdministrator);
        var auditor = ContentActor.FromRoleNames("u2", [Portal.Web.Identity.PortalRoles.AuditAdministrator]);
        Assert.True(auditor is { IsAuditor: true, IsAdministrator: false, SeesAllAudit: true });
        Assert.Throws<ArgumentException>(() => ContentActor.Person(ContentActor.SchedulerId));
    }
}
