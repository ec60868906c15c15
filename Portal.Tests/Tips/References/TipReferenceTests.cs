using Portal.Tests.Infrastructure;
using Portal.Tips.Reporting;

namespace Portal.Tests.Tips.References;

[UnitTest]
public sealed class TipReferenceTests
{
    [Fact]
    public void A_new_reference_is_nine_characters_of_the_alphabet_and_checks()
    {
        for (var i = 0; i < 1_000; i++)
        {
            var reference = TipReference.New();
            Assert.Equal(TipReference.Length, reference.Length);
            Assert.All(reference, c => Assert.Contains(c, TipReference.Alphabet));
            Assert.Equal(reference, TipReference.Normalize(reference));
        }
    }

    [Fact]
    public void References_drawn_one_after_another_share_no_prefix_the_way_time_ordered_ids_do()
    {
        var references = Enumerable.Range(0, 2_000).Select(_ => TipReference.New()).ToList();

        Assert.Equal(references.Count, references.Distinct(StringComparer.Ordinal).Count());
        // Ids made in the same minute start alike; drawn references spread over every first character.
        Assert.True(references.Select(r => r[0]).Distinct().Count() > 25);
    }

    [Fact]
    public void Every_single_wrong_character_and_every_swap_of_neighbours_is_caught()
    {
        var reference = TipReference.New();
        for (var position = 0; position < reference.Length; position++)
        {
            foreach (var other in TipReference.Alphabet.Where(c => c != reference[position]))
            {
                var typo = reference[..position] + other + reference[(position + 1)..];
                Assert.Null(TipReference.Normalize(typo));
            }
        }

        for (var position = 0; position < reference.Length - 1; position++)
        {
            if (reference[position] != reference[position + 1])
            {
                var swapped = reference[..position] + reference[position + 1] + reference[position] + reference[(position + 2)..];
                Assert.Null(TipReference.Normalize(swapped));
            }
        }
    }

    [Fact]
    public void As_people_see_it_and_type_it()
    {
        var reference = TipReference.New();
        var shown = TipReference.Display(reference);

        Assert.Matches("^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$", shown);
        Assert.Equal(reference, TipReference.Normalize(shown));
        Assert.Equal(reference, TipReference.Normalize("#" + shown.ToLowerInvariant().Replace('-', ' ')));
        Assert.Null(TipReference.Normalize(shown[..^1]));
        Assert.Null(TipReference.Normalize(shown.Replace(shown[0], '0')));
    }
}
