using Portal.Content.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content.Search;

[UnitTest]
public sealed class SearchTextTests
{
    [Fact]
    public void Chinese_becomes_bigrams_and_single_characters_and_other_text_lower_cased_words()
    {
        var grams = SearchText.IndexGrams("拐卖人口 Report ＡＢＣ 110！");

        Assert.Equal(
            ["拐", "拐卖", "卖", "卖人", "人", "人口", "口", "report", "abc", "110"],
            grams.Keys.ToArray());
    }

    [Fact]
    public void A_query_needs_the_bigrams_of_each_chinese_run_or_its_single_character_and_each_word()
    {
        Assert.Equal(["拐卖", "卖人", "人口", "fraud"], SearchText.QueryGrams("拐卖人口，Fraud"));
        Assert.Equal(["拐"], SearchText.QueryGrams("拐"));
        Assert.Equal(["招工", "110"], SearchText.QueryGrams("招工110"));
        Assert.Empty(SearchText.QueryGrams("  ，。!  "));
    }

    [Fact]
    public void The_snippet_is_plain_text_around_the_first_match_with_the_matches_marked()
    {
        var text = string.Concat(Enumerable.Repeat("无关的内容。", 30)) + "发现<拐卖>线索请拨打110 & 举报。" + string.Concat(Enumerable.Repeat("其他段落。", 30));

        var parts = SearchSnippets.Build(text, "拐卖 110");

        Assert.StartsWith("…", parts[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("…", parts[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["拐卖", "110"], parts.Where(p => p.Highlight).Select(p => p.Text).ToArray());
        // Markup-looking text stays text: the page escapes it, the snippet never carries tags of its own.
        Assert.Contains(parts, p => p.Text.Contains("发现<", StringComparison.Ordinal));
        Assert.Contains(parts, p => p.Text.Contains("& 举报", StringComparison.Ordinal));
        Assert.InRange(string.Concat(parts.Select(p => p.Text)).Length, 100, SearchSnippets.Length + 2);
    }

    [Fact]
    public void English_matches_are_whole_words_and_full_width_forms_match()
    {
        var parts = SearchSnippets.Build("Reporting is free. Report to ＰＯＬＩＣＥ now.", "report police");

        Assert.Equal(["Report", "ＰＯＬＩＣＥ"], parts.Where(p => p.Highlight).Select(p => p.Text).ToArray());
    }
}
