using Microsoft.Extensions.Time.Testing;
using Portal.Content.Blocks;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

[UnitTest]
public sealed class HeadingAnchorsTests
{
    private static readonly DateTimeOffset OneMinute = new(2026, 12, 7, 11, 46, 0, TimeSpan.Zero);

    [Fact]
    public void Headings_written_in_the_same_minute_get_different_anchors()
    {
        var clock = new FakeTimeProvider(OneMinute);
        var headings = Enumerable.Range(1, 40).Select(n => Heading(clock, $"第{n}节")).ToList();

        var anchors = new HeadingAnchors(headings);

        var ids = headings.Select(anchors.For).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^h-[0-9a-f]{8}(-[0-9]+)?$", id));
    }

    [Fact]
    public void Headings_inside_columns_count_with_the_page_and_meeting_anchors_are_numbered_in_reading_order()
    {
        var first = new HeadingBlock { Id = Guid.Parse("01a25053-0000-7000-8000-0000cafe0001"), Text = "一" };
        var second = new HeadingBlock { Id = Guid.Parse("01a25053-1111-7000-8000-1111cafe0001"), Text = "二" };
        var columns = new ColumnsBlock { Id = Guid.NewGuid(), Columns = [new Column { Blocks = [second] }] };

        var anchors = new HeadingAnchors([first, columns]);

        Assert.Equal("h-cafe0001", anchors.For(first));
        Assert.Equal("h-cafe0001-2", anchors.For(second));
    }

    [Fact]
    public void An_anchor_stays_the_same_when_the_text_before_it_and_its_own_text_are_edited()
    {
        var clock = new FakeTimeProvider(OneMinute);
        var intro = Heading(clock, "引言");
        var target = Heading(clock, "如何举报");
        var before = new HeadingAnchors([intro, new RichTextBlock { Id = Guid.NewGuid(), Html = "<p>旧文字</p>" }, target]).For(target);

        var edited = new HeadingAnchors(
        [
            new HeadingBlock { Id = Guid.CreateVersion7(clock.GetUtcNow()), Text = "新加的一节" },
            intro with { Text = "改过的引言" },
            new RichTextBlock { Id = Guid.NewGuid(), Html = "<p>新文字，长得多</p>" },
            target with { Text = "怎样举报" },
        ]);

        Assert.Equal(before, edited.For(target with { Text = "怎样举报" }));
    }

    private static HeadingBlock Heading(TimeProvider clock, string text) =>
        new() { Id = Guid.CreateVersion7(clock.GetUtcNow()), Text = text, Level = 2 };
}
