using Portal.Content.Slugs;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[UnitTest]
public sealed class SlugRulesTests
{
    [Theory]
    [InlineData("如何识别拐卖人口", "如何识别拐卖人口")]
    [InlineData("《甘肃省反对拐卖人口行动实施细则》解读", "甘肃省反对拐卖人口行动实施细则-解读")]
    [InlineData("２０２２年　反拐宣传月", "2022年-反拐宣传月")]
    [InlineData("How to Report a Tip — Gansu", "how-to-report-a-tip-gansu")]
    [InlineData("  兰州新区：车站、机场防拐提示！ ", "兰州新区-车站-机场防拐提示")]
    public void Titles_become_readable_unicode_slugs(string title, string expected)
    {
        Assert.Equal(expected, SlugRules.FromTitle(title, Guid.NewGuid()));
        Assert.True(SlugRules.IsValid(expected));
    }

    [Theory]
    [InlineData("！？……")]
    [InlineData("   ")]
    [InlineData("")]
    public void A_title_without_letters_or_digits_gets_a_short_id(string title)
    {
        var id = Guid.NewGuid();

        var slug = SlugRules.FromTitle(title, id);

        Assert.Equal(SlugRules.ShortId(id), slug);
        Assert.Matches("^[a-z2-9]{8}$", slug);
    }

    [Fact]
    public void Slugs_are_cut_at_the_maximum_length_without_a_trailing_hyphen()
    {
        var slug = SlugRules.FromTitle(string.Concat(Enumerable.Repeat("拐卖 ", 60)), Guid.NewGuid());

        Assert.True(slug.Length <= SlugRules.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.True(SlugRules.IsValid(slug));
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("with space")]
    [InlineData("-edge")]
    [InlineData("a/b")]
    [InlineData("a--b")]
    public void Slugs_that_are_not_clean_are_not_valid(string slug) => Assert.False(SlugRules.IsValid(slug));
}
