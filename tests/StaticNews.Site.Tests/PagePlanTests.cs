using StaticNews.Configuration;
using StaticNews.Site.Loading;
using StaticNews.Site.Pages;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Views;

namespace StaticNews.Site.Tests;

/// <summary>
/// The plan of a whole site, without rendering: each page says what it is by its type and carries its inputs typed,
/// and its file and URLs come from its one path (under a base path, where slicing URLs used to go wrong).
/// </summary>
public sealed class PagePlanTests
{
    private static readonly SiteView Site = new("News", "All the news.", "en", "https://example.org/news/", "/news/", SearchEnabled: false);

    private static readonly DateTimeOffset March = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<PageJob> Plan()
    {
        var settings = new SiteSettings(Site.Title, Site.Description, Site.Language, Site.BaseUrl, Site.BasePath, PageSize: 2)
        {
            Authors = new Dictionary<string, AuthorProfile> { ["ANI HOVHANNISYAN"] = new() { Bio = "Covers parliament." } },
        };
        var articles = new[]
        {
            new TestArticle("vote", "Vote", published: March, updated: March.AddDays(2), authors: ["Ani Hovhannisyan"], tags: ["Politics"], paragraphs: ["Body."]),
            new TestArticle("talks", "Talks", published: March.AddDays(-1), authors: ["Zara Petrosyan"], tags: ["politics"], paragraphs: ["Body."]),
            new TestArticle("brief", "Brief", paragraphs: ["Body."]),
        };
        return SitePlan.Plan(new SiteContent(settings, Site, articles, []));
    }

    [Fact]
    public void Every_pages_file_and_urls_come_from_its_path()
    {
        var jobs = Plan();

        Assert.Equal(jobs.Count, jobs.Select(j => j.OutputPath).Distinct().Count());
        Assert.All(jobs, job =>
        {
            var page = job.Describe(Site);
            Assert.Equal(job.Path.OutputFile, job.OutputPath);
            Assert.Equal("/news/" + job.Path.Value, page.Url);
            Assert.Equal("https://example.org/news/" + job.Path.Value, page.AbsoluteUrl);
        });
        Assert.Contains("articles/vote/index.html", jobs.Select(j => j.OutputPath));
        Assert.Contains("404.html", jobs.Select(j => j.OutputPath));
    }

    [Fact]
    public void The_front_page_carries_its_lead_and_pagination_typed()
    {
        var jobs = Plan();

        var front = Assert.IsType<FrontPageJob>(jobs[0]);
        Assert.Equal("index.html", front.OutputPath);
        Assert.Equal(["Vote", "Talks"], front.Latest.Items.Select(a => a.Title));
        Assert.Equal("/news/page/2/", front.Latest.Pagination.NextUrl);
        var variables = front.Variables().ToDictionary(v => v.Name, v => v.Value);
        Assert.Equal("Vote", Assert.IsType<ArticleView>(variables["lead"]).Title);
        Assert.Equal(["/news/tags/politics/"], Assert.IsAssignableFrom<IEnumerable<TermLink>>(variables["tags"]).Select(t => t.Url));
        Assert.Equal("page/2/", Assert.IsType<LatestPageJob>(jobs[1]).Path.Value);
    }

    [Fact]
    public void Tag_and_author_pages_are_planned_alike_and_only_an_author_has_a_profile()
    {
        var jobs = Plan();

        var terms = jobs.OfType<TermListPageJob>().ToList();
        Assert.Equal(["tags/politics/", "authors/ani-hovhannisyan/", "authors/zara-petrosyan/"], terms.Select(j => j.Path.Value));
        Assert.Equal(["tag", "author", "author"], terms.Select(j => j.Describe(Site).Kind));
        Assert.Null(terms[0].AuthorProfile);
        Assert.Equal("Covers parliament.", terms[1].AuthorProfile!.Bio);
        Assert.Equal("", terms[2].AuthorProfile!.Bio);
        Assert.Equal(["tags/", "authors/", "archive/"], jobs.OfType<TermIndexPageJob>().Select(j => j.Path.Value));
    }

    [Fact]
    public void The_sitemap_lists_every_page_a_reader_lands_on_with_an_articles_last_change()
    {
        var jobs = Plan();

        var sitemap = jobs.OfType<SitemapJob>().Single();
        var listed = jobs.Where(j => j is not (NotFoundPageJob or SearchPageJob or FeedJob or JsonFeedJob or SitemapJob or NewsSitemapJob or RobotsJob))
            .Select(j => Site.AbsoluteUrlOf(j.Path));
        Assert.Equal(listed, sitemap.Urls.Select(u => u.Location));
        Assert.DoesNotContain(sitemap.Urls, u => u.Location.EndsWith("404.html", StringComparison.Ordinal) || u.Location.EndsWith("search/", StringComparison.Ordinal));
        Assert.Equal("2026-03-03T09:00:00Z", sitemap.Urls.Single(u => u.Location == "https://example.org/news/articles/vote/").LastModified);
        Assert.Null(sitemap.Urls.Single(u => u.Location == "https://example.org/news/tags/politics/").LastModified);
    }
}
