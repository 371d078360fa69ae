using StaticNews.Content;
using StaticNews.Generator.Naming;
using StaticNews.Site.Loading;
using StaticNews.Site.Pages;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Views;

namespace StaticNews.Site.Tests;

/// <summary>
/// The taxonomy on its own: names grouped into terms by their words, one term per slug, terms in slug order, each
/// term's articles once and newest first; tags, authors and sections are instances of the same type.
/// </summary>
public sealed class TaxonomyTests
{
    private static readonly SiteView Site = new("News", "All the news.", "en", "https://example.org/news/", "/news/", SearchEnabled: false);

    private static readonly TaxonomyKind Sections = new(new SitePath("sections/"), "Sections", "section",
        siteTitle => "The sections of " + siteTitle, name => $"Articles in {name}");

    /// <summary>Two names whose slugs are equal: they differ only after the first 80 characters of slug.</summary>
    private static readonly string Prefix = string.Join(' ', Enumerable.Repeat("Committee", 9));

    private static Taxonomy Tags(params string[][] namesByArticle) => new(TaxonomyKind.Tags, Site, namesByArticle);

    [Fact]
    public void Names_with_the_same_words_are_one_term_named_as_the_newest_article_writes_it_listing_each_article_once()
    {
        var tags = Tags(["Économie", "ECONOMIE"], ["Politics"], ["economie!", "politics"]);

        Assert.Equal(["economie", "politics"], tags.Terms.Select(t => t.Slug));
        var economy = tags.Terms[0];
        Assert.Equal("Économie", economy.Name);
        Assert.Equal([0, 2], economy.Articles);
        Assert.Equal([1, 2], tags.Terms[1].Articles);
        Assert.Same(economy, tags.Find("ÉCONOMIE"));
        Assert.Null(tags.Find("Sport"));
    }

    [Fact]
    public void A_terms_path_and_link_come_from_its_slug_under_the_taxonomys_folder()
    {
        var politics = Tags(["Politics"], ["Politics"]).Terms.Single();

        Assert.Equal(new SitePath("tags/politics/"), politics.Path);
        Assert.Equal("tags/politics/index.html", politics.Path.OutputFile);
        Assert.Equal(new TermLink("Politics", "/news/tags/politics/", "https://example.org/news/tags/politics/", 2), politics.Link);
    }

    [Fact]
    public void Distinct_names_sharing_a_slug_get_one_term_each_the_oldest_articles_keeping_the_plain_slug()
    {
        var roads = Prefix + " on roads";
        var schools = Prefix + " on schools";
        var parks = Prefix + " on parks";
        var slug = SlugBuilder.FromTitle(roads);
        Assert.Equal(slug, SlugBuilder.FromTitle(schools));

        // Newest article first: roads is named first by the oldest article, then parks, then schools.
        var tags = Tags([schools], [parks, roads], [roads]);

        Assert.Equal([slug, slug + "-2", slug + "-3"], tags.Terms.Select(t => t.Slug));
        Assert.Equal([roads, parks, schools], tags.Terms.Select(t => t.Name));
        Assert.Equal(tags.Terms.Count, tags.Terms.Select(t => t.Path).Distinct().Count());
    }

    [Fact]
    public void Terms_are_in_slug_order_whatever_the_order_or_case_they_were_met_in()
    {
        var tags = Tags(["Zeta", "beta"], ["Alpha", "Zeta"], ["Beta 2", "alpha"]);

        Assert.Equal(["alpha", "beta", "beta-2", "zeta"], tags.Terms.Select(t => t.Slug));
        Assert.Equal(["Alpha", "beta", "Beta 2", "Zeta"], tags.Terms.Select(t => t.Name));
    }

    [Fact]
    public void An_articles_links_name_each_page_once_and_a_name_no_article_has_links_by_its_slug()
    {
        var authors = new Taxonomy(TaxonomyKind.Authors, Site, [["Ani Hovhannisyan"]]);

        var links = authors.LinksOf(["ANI HOVHANNISYAN", "Ani Hovhannisyan", "Zara Petrosyan"]);

        Assert.Equal([("ANI HOVHANNISYAN", "/news/authors/ani-hovhannisyan/"), ("Zara Petrosyan", "/news/authors/zara-petrosyan/")],
            links.Select(l => (l.Name, l.Url)));
    }

    [Fact]
    public void A_section_taxonomy_is_one_more_instance_planned_by_the_same_term_planner()
    {
        Article[] articles =
        [
            new TestArticle("vote", "Vote", published: new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), section: "World", paragraphs: ["Body."]),
            new TestArticle("film", "Film", published: new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero), section: "Culture", paragraphs: ["Body."]),
            new TestArticle("brief", "Brief", published: new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero), paragraphs: ["Body."]),
            new TestArticle("talks", "Talks", published: new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero), section: "WORLD", paragraphs: ["Body."]),
        ];
        var content = new SiteContent(new SiteSettings("News", "All the news.", "en", Site.BaseUrl, Site.BasePath, PageSize: 1), Site, articles, []);
        var sections = new Taxonomy(Sections, Site, articles.Select(a => a.Section is { } section ? [section] : Array.Empty<string>()).ToList());

        var jobs = TermPages.Plan(content, sections).ToList();

        var index = Assert.IsType<TermIndexPageJob>(jobs[0]);
        Assert.Equal([("Culture", "/news/sections/culture/", 1), ("World", "/news/sections/world/", 2)], index.Terms.Select(t => (t.Name, t.Url, t.Count)));
        Assert.Equal("The sections of News", index.Describe(Site).Description);
        var lists = jobs.Skip(1).Select(j => Assert.IsType<TermListPageJob>(j)).ToList();
        Assert.Equal(["sections/culture/", "sections/world/", "sections/world/page/2/"], lists.Select(j => j.Path.Value));
        Assert.Equal(["Film", "Vote", "Talks"], lists.Select(j => j.List.Items.Single().Title));
        Assert.All(lists, j => Assert.Equal("section", j.Describe(Site).Kind));
        Assert.Equal("Articles in World", lists[2].Describe(Site).Description);
        Assert.Equal("/news/sections/world/", lists[2].List.Pagination.PreviousUrl);
    }
}
