using StaticNews.Site.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace StaticNews.Site.Tests;

/// <summary>A page's interface (navigation, byline, "Updated", dates, reading time, pagination) is in the page's language.</summary>
public sealed class UiStringsTests : IDisposable
{
    private static readonly DateTimeOffset March3 = new(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(4));

    private readonly TempDirectory _templates = new();

    public void Dispose() => _templates.Dispose();

    private static TestArticle Story(string slug, string language, int day = 0) =>
        new(slug, $"Story {slug}", published: March3.AddDays(-day), updated: March3.AddDays(-day + 1), authors: ["Ani", "Aram", "Lilit"],
            language: language, editorsNote: "A note.", paragraphs: [string.Join(' ', Enumerable.Repeat("word", 450))]);

    [Fact]
    public void An_armenian_article_on_an_english_site_has_an_armenian_page_and_english_lists()
    {
        using var site = new RenderedSite([Story("newer", "en"), Story("hayeren", "hy-AM", day: 1), Story("older", "en", day: 2)]);

        var article = site.Page("articles/hayeren/index.html");
        Assert.Equal("hy-AM", article.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Հեղինակ՝ Ani, Aram և Lilit", Normalize(article.QuerySelector(".byline")!.TextContent));
        Assert.Equal("2 մարտի 2026 թ. · 2 րոպե ընթերցանություն", Normalize(article.QuerySelector(".article-header .meta")!.TextContent));
        Assert.Equal("Թարմացվել է 3 մարտի 2026 թ.", Normalize(article.QuerySelector(".updated")!.TextContent));
        Assert.Equal("Խմբագրի նշում: A note.", Normalize(article.QuerySelector(".editors-note")!.TextContent));
        Assert.Equal(["Գլխավոր", "Արխիվ", "Պիտակներ", "Հեղինակներ"], article.QuerySelectorAll("nav.site-nav > a").Select(a => a.TextContent));
        Assert.Equal("Որոնում", article.QuerySelector(".site-search button")!.TextContent);
        Assert.Equal(["Նախորդ նյութը", "Հաջորդ նյութը"], article.QuerySelectorAll(".article-nav span").Select(s => s.TextContent));

        // The same article in the English front page's list: English words, an English date.
        var front = site.Page("index.html");
        var listed = front.QuerySelectorAll(".story").Single(s => s.TextContent.Contains("Story hayeren"));
        Assert.Equal("2 March 2026 · 2 min read", Normalize(listed.QuerySelector(".meta")!.TextContent));
        Assert.Equal("Front page", front.QuerySelector("nav.site-nav > a")!.TextContent);
    }

    [Theory]
    [InlineData("ru", "Текст: Ani, Aram и Lilit", "2 марта 2026", "Страница 1 из 3", "Главная", "Ещё результаты")]
    [InlineData("ka", "ავტორი: Ani, Aram და Lilit", "2 მარტი, 2026", "გვერდი 1 / 3", "მთავარი", "მეტი შედეგი")]
    [InlineData("en", "By Ani, Aram and Lilit", "2 March 2026", "Page 1 of 3", "Front page", "More results")]
    public void Each_shipped_language_writes_the_byline_dates_pagination_and_navigation(string language, string byline, string date, string pagination, string frontPage, string moreResults)
    {
        var stories = Enumerable.Range(0, 25).Select(i => Story($"s-{i:00}", language, day: i)).ToList();
        using var site = new RenderedSite(stories, config: $"language: {language}\npage_size: 10\n", search: true);

        var article = site.Page("articles/s-01/index.html");
        Assert.Equal(byline, Normalize(article.QuerySelector(".byline")!.TextContent));
        Assert.StartsWith(date, Normalize(article.QuerySelector(".article-header .meta")!.TextContent));
        var archive = site.Page("authors/ani/index.html");
        Assert.Equal(pagination, Normalize(archive.QuerySelector(".pagination-position")!.TextContent));
        Assert.Equal(frontPage, archive.QuerySelector("nav.site-nav > a")!.TextContent);
        // The search page's script takes its words from the search element (site/assets/search.js).
        Assert.Equal(moreResults, site.Page("search/index.html").QuerySelector("#search")!.GetAttribute("data-more"));
    }

    [Fact]
    public void A_sites_own_strings_file_adds_a_language_and_what_it_leaves_out_stays_english()
    {
        Write("strings/de.yml", "by: Von\nand: und\nmonths: [Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]\ndate: '{day}. {month} {year}'\n");
        Write("strings/en.yml", "front_page: Home\n");
        using var site = new RenderedSite([Story("deutsch", "de-AT"), Story("english", "en", day: 1)], templatesDirectory: _templates.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        var german = site.Page("articles/deutsch/index.html");
        Assert.Equal("Von Ani, Aram und Lilit", Normalize(german.QuerySelector(".byline")!.TextContent));
        Assert.Equal("3. März 2026 · 2 min read", Normalize(german.QuerySelector(".article-header .meta")!.TextContent));
        // The site's English overrides one word of the built-in English, for every language that falls back to it.
        Assert.Equal("Home", german.QuerySelector("nav.site-nav > a")!.TextContent);
        Assert.Equal("Home", site.Page("index.html").QuerySelector("nav.site-nav > a")!.TextContent);
        Assert.Equal("Archive", site.Page("index.html").QuerySelectorAll("nav.site-nav > a")[1].TextContent);
    }

    [Theory]
    [InlineData("by: [Von]\n", "strings/de.yml(1,5): error SNT0004: 'by' must be a single text")]
    [InlineData("months: [Januar, Februar]\n", "strings/de.yml(1,9): error SNT0004: 'months' must list the 12 months' names; it lists 2")]
    [InlineData("by: 'Von\n", "strings/de.yml(")]
    [InlineData("- by\n", "strings/de.yml: error SNT0004: a strings file must map each key to its text")]
    public void A_broken_strings_file_stops_the_render_naming_the_file_and_line(string yaml, string expected)
    {
        Write("strings/de.yml", yaml);
        using var site = new RenderedSite([Story("deutsch", "de")], templatesDirectory: _templates.Path);

        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Result.Problems, p => p.Replace('\\', '/').Contains(expected, StringComparison.Ordinal));
    }

    /// <summary>Every shipped language gives every word English gives, and twelve months.</summary>
    [Theory]
    [InlineData("hy")]
    [InlineData("ru")]
    [InlineData("ka")]
    public void Each_shipped_language_translates_every_key(string language)
    {
        var english = Keys("en");
        var translated = Keys(language);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(12, ((YamlSequenceNode)translated["months"]).Children.Count);
        Assert.All(english.Keys.Where(k => k is not ("date" or "months")), key =>
            Assert.NotEqual(((YamlScalarNode)english[key]).Value, ((YamlScalarNode)translated[key]).Value));
    }

    private static Dictionary<string, YamlNode> Keys(string language)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, "site", "templates", "strings", language + ".yml"))));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => p.Value);
    }

    private void Write(string name, string text)
    {
        var path = _templates.Combine(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
