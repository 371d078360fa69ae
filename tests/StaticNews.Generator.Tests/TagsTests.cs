using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Articles.Tags, grouped as the site groups its tag pages (TermGrouping): tags whose words are the same are one tag
/// whatever their case and accents; the name is the tag as the newest article writes it; each tag lists its published
/// articles newest first; distinct tags never share a slug; tags are ordered by slug.
/// </summary>
public sealed class TagsTests
{
    private static GeneratorRun Run(params AdditionalText[] documents) =>
        GeneratorHarness.Run(documents, TestData.Options()).AssertHealthy();

    private static string Document(string title, string date, string tags) =>
        $"---\ntitle: {title}\nstandfirst: S.\ndate: {date}\ntags: {tags}\n---\nBody.\n";

    /// <summary>(name, slug, url, slugs of its articles joined by spaces) for each tag of Articles.Tags, in order.</summary>
    private static List<(string Name, string Slug, string Url, string Articles)> Tags(LoadedContent content) =>
        ((System.Collections.IEnumerable)content.StaticProperty("Tags")).Cast<object>()
            .Select(tag => (
                LoadedContent.Get<string>(tag, "Name"),
                LoadedContent.Get<string>(tag, "Slug"),
                LoadedContent.Get<string>(tag, "Url"),
                string.Join(" ", LoadedContent.Get<System.Collections.IEnumerable>(tag, "Articles").Cast<object>().Select(a => LoadedContent.Get<string>(a, "Slug")))))
            .ToList();

    [Fact]
    public void Tags_are_merged_ignoring_case_and_accents_named_as_the_newest_article_writes_them_with_articles_newest_first()
    {
        // Given in reverse path order: the newest article that has a tag decides how it is written, as on the site's tag pages.
        var run = Run(
            TestData.Document("gamma.md", Document("Gamma", "2024-03-01", "[POLITICS, Economie]")),
            TestData.Document("beta.md", Document("Beta", "2024-02-01", "[politics, ÉCONOMIE, Culture]")),
            TestData.Document("alpha.md", Document("Alpha", "2024-01-01", "[Politics, Économie]")));

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Collection(Tags(content),
            tag => Assert.Equal(("Culture", "culture", "tags/culture/", "beta"), (tag.Name, tag.Slug, tag.Url, tag.Articles)),
            tag => Assert.Equal(("Economie", "economie", "tags/economie/", "gamma beta alpha"), (tag.Name, tag.Slug, tag.Url, tag.Articles)),
            tag => Assert.Equal(("POLITICS", "politics", "tags/politics/", "gamma beta alpha"), (tag.Name, tag.Slug, tag.Url, tag.Articles)));

        // Each article keeps its tags as written.
        Assert.Equal(new[] { "politics", "ÉCONOMIE", "Culture" }, LoadedContent.Get<IReadOnlyList<string>>(content.BySlug("beta")!, "Tags"));
    }

    [Fact]
    public void The_tag_articles_are_the_same_instances_as_in_All()
    {
        var run = Run(
            TestData.Document("alpha.md", Document("Alpha", "2024-01-01", "[World]")),
            TestData.Document("beta.md", Document("Beta", "2024-02-01", "[world]")));

        using var content = LoadedContent.Load(run.OutputCompilation);
        var tag = Assert.Single(((System.Collections.IEnumerable)content.StaticProperty("Tags")).Cast<object>());
        var articles = LoadedContent.Get<System.Collections.IEnumerable>(tag, "Articles").Cast<object>().ToList();
        Assert.Same(content.BySlug("beta"), articles[0]);
        Assert.Same(content.BySlug("alpha"), articles[1]);
        Assert.Equal("world", tag.ToString());
    }

    [Fact]
    public void The_same_tag_twice_in_one_article_lists_the_article_once()
    {
        var run = Run(TestData.Document("alpha.md", Document("Alpha", "2024-01-01", "[Politics, politics, Politiçs]")));

        using var content = LoadedContent.Load(run.OutputCompilation);
        var tag = Assert.Single(Tags(content));
        Assert.Equal(("Politics", "alpha"), (tag.Name, tag.Articles));
    }

    [Fact]
    public void A_scalar_where_a_list_is_wanted_is_SN0020_and_still_one_tag()
    {
        var path = TestData.DocumentPath("scalar.md");
        var run = Run(
            TestData.Document("scalar.md", Document("Scalar", "2024-02-01", "politics")),
            TestData.Document("list.md", Document("List", "2024-01-01", "[Politics]")));

        var diagnostic = Assert.Single(run.Diagnostics);
        DiagnosticAssert.At(diagnostic, "SN0020", DiagnosticSeverity.Warning, path, 5, 7);
        Assert.Contains("'tags'", diagnostic.GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(new[] { "politics" }, LoadedContent.Get<IReadOnlyList<string>>(content.BySlug("scalar")!, "Tags"));
        var tag = Assert.Single(Tags(content));
        // list.md comes first by path, so its spelling names the tag.
        Assert.Equal(("politics", "politics", "scalar list"), (tag.Name, tag.Slug, tag.Articles));
    }

    [Fact]
    public void Tags_in_other_scripts_get_ASCII_slugs_and_keep_their_names()
    {
        var run = Run(
            TestData.Document("alpha.md", Document("Alpha", "2024-01-01", "[Политика, Քաղաքականություն]")),
            TestData.Document("beta.md", Document("Beta", "2024-01-02", "[политика]")));

        using var content = LoadedContent.Load(run.OutputCompilation);
        var tags = Tags(content);
        Assert.Equal(2, tags.Count);
        Assert.All(tags, tag => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", tag.Slug));
        var politics = tags.Single(t => t.Name == "политика");
        Assert.Equal("beta alpha", politics.Articles);
        Assert.Contains(tags, t => t.Name == "Քաղաքականություն" && t.Articles == "alpha");
    }

    [Fact]
    public void Two_long_tags_whose_slugs_are_cut_alike_stay_two_tags_the_older_keeping_the_plain_slug()
    {
        // A slug is cut at 80 characters: these two share their first 80 and differ after.
        var stem = "the parliamentary commission on constitutional reform and the independence of the judiciary";
        var run = Run(
            TestData.Document("new.md", Document("New", "2024-02-01", $"[\"{stem} report\"]")),
            TestData.Document("old.md", Document("Old", "2024-01-01", $"[\"{stem} hearings\"]")));

        using var content = LoadedContent.Load(run.OutputCompilation);
        var tags = Tags(content);
        Assert.Equal(2, tags.Count);
        var hearings = tags.Single(t => t.Name.EndsWith("hearings", StringComparison.Ordinal));
        var report = tags.Single(t => t.Name.EndsWith("report", StringComparison.Ordinal));
        Assert.Equal(("old", "new"), (hearings.Articles, report.Articles));
        Assert.Equal(hearings.Slug + "-2", report.Slug);
    }

    [Fact]
    public void Without_tags_Articles_Tags_is_empty()
    {
        var run = Run(TestData.Document("a.txt", TestData.PlainText("Alpha", "S.", "Body.")));

        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Empty(Tags(content));
        Assert.Empty(LoadedContent.Get<IReadOnlyList<string>>(Assert.Single(content.All), "Tags"));
    }
}
