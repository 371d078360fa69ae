using StaticNews.Generator.Naming;
using Xunit;

namespace StaticNews.Generator.Tests;

/// <summary>
/// TermGrouping, which makes Articles.Tags and the site's tag, author and section pages: a small case read by hand, and
/// agreement with its rules written plainly (group by identity; the name as the newest article first writes it; slugs
/// claimed in the order of first use by the oldest article, clashes suffixed) over generated sites with spelling
/// variants, names repeated within an article, names without words and long names whose slugs clash.
/// </summary>
public sealed class TermGroupingTests
{
    [Fact]
    public void Groups_spellings_names_by_the_newest_and_keeps_the_oldest_slug()
    {
        var longA = "Budget " + new string('x', 90) + " one";
        var longB = "Budget " + new string('x', 90) + " two";
        // Newest article first.
        IReadOnlyList<IReadOnlyList<string>> names =
        [
            ["POLITICS", longA],
            ["Économie", "politics", "Politics"],
            [longB, "economie"],
        ];
        var terms = TermGrouping.Group(names);
        var described = terms.Select(t => $"{t.Name}|{t.Slug}|{string.Join(",", t.Articles)}").ToList();
        var cut = SlugBuilder.FromTitle(longB);
        Assert.Equal(
            new[] { $"{longB}|{cut}|2", $"{longA}|{cut}-2|0", "Économie|economie|1,2", "POLITICS|politics|0,1" }.OrderBy(s => s.Split('|')[1], StringComparer.Ordinal),
            described);
    }

    [Fact]
    public void Agrees_with_the_plain_rules_over_generated_sites()
    {
        var random = new Random(61206);
        string[] stems = ["Politics", "politics", "POLÍTICS", "Politics!", "Economy", "économie", "Economie", "Ani Hovhannisyan", "ANI HOVHANNISYAN",
            "🎉", "🎉🎉", "Sport", "Sports", "Culture & Arts", "culture arts", "Long " + new string('w', 85) + " a", "Long " + new string('w', 85) + " b",
            "Long " + new string('w', 85) + " c", "Tbilisi", "tbilisi ", "Yerevan"];
        for (var site = 0; site < 200; site++)
        {
            var names = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => (IReadOnlyList<string>)Enumerable.Range(0, random.Next(0, 5)).Select(_ => stems[random.Next(stems.Length)]).ToList())
                .ToList();
            var identities = new Dictionary<string, string>(StringComparer.Ordinal);
            var actual = TermGrouping.Group(names, identities).Select(Describe).ToList();
            var expected = Plain(names).Select(Describe).ToList();
            Assert.Equal(expected, actual);
            Assert.All(names.SelectMany(n => n), name => Assert.Equal(TermGrouping.Identity(name), identities[name]));
        }
    }

    private static string Describe(TermGroup term) => $"{term.Identity}|{term.Name}|{term.Slug}|{string.Join(",", term.Articles)}";

    /// <summary>The rules, one at a time: group newest first, then claim slugs in the order of first use by the oldest article.</summary>
    private static List<TermGroup> Plain(IReadOnlyList<IReadOnlyList<string>> namesByArticle)
    {
        var grouped = new Dictionary<string, (string Name, List<int> Articles)>(StringComparer.Ordinal);
        for (var article = 0; article < namesByArticle.Count; article++)
        {
            foreach (var name in namesByArticle[article])
            {
                var identity = TermGrouping.Identity(name);
                if (!grouped.TryGetValue(identity, out var term))
                {
                    grouped[identity] = term = (name, new List<int>());
                }
                if (!term.Articles.Contains(article))
                {
                    term.Articles.Add(article);
                }
            }
        }
        var order = new List<string>();
        for (var article = namesByArticle.Count - 1; article >= 0; article--)
        {
            foreach (var identity in namesByArticle[article].Select(TermGrouping.Identity))
            {
                if (!order.Contains(identity))
                {
                    order.Add(identity);
                }
            }
        }
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var identity in order.Where(identity => taken.Add(SlugBuilder.FromTitle(grouped[identity].Name))))
        {
            slugs[identity] = SlugBuilder.FromTitle(grouped[identity].Name);
        }
        foreach (var identity in order.Where(identity => !slugs.ContainsKey(identity)))
        {
            var suffix = 2;
            while (!taken.Add(SlugBuilder.FromTitle(grouped[identity].Name) + "-" + suffix))
            {
                suffix++;
            }
            slugs[identity] = SlugBuilder.FromTitle(grouped[identity].Name) + "-" + suffix;
        }
        return grouped.Select(pair => new TermGroup(pair.Key, pair.Value.Name, slugs[pair.Key], pair.Value.Articles))
            .OrderBy(term => term.Slug, StringComparer.Ordinal).ToList();
    }
}
