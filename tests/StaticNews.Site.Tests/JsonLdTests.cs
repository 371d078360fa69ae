using System.Text.Json;
using StaticNews.Site.Pages;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Views;

namespace StaticNews.Site.Tests;

/// <summary>The NewsArticle data of an article page: every field schema.org readers look for, and nothing that can end its script element.</summary>
public sealed class JsonLdTests
{
    private static readonly SiteView Site = new("The Gazette", "News.", "en", "https://example.org/news/", "/news/", SearchEnabled: false);

    private static JsonElement Parse(ArticleView article) => JsonDocument.Parse(JsonLd.NewsArticle(Site, article).Value).RootElement.Clone();

    [Fact]
    public void Every_field_of_a_full_article_is_written()
    {
        var article = ArticleView.From(new TestArticle("budget", "Budget <passes> & more", standfirst: "Vote in the “house”.",
            published: new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero), updated: new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero),
            authors: ["Ana Ruiz", "Lee Chen"], tags: ["Politics", "Économie"], language: "fr", image: "/images/vote.jpg",
            paragraphs: ["One two three.", "Four."]), Site) with { Section = "Nation" };

        var json = Parse(article);

        Assert.Equal(
            ["@context", "@type", "headline", "description", "url", "mainEntityOfPage", "wordCount", "inLanguage", "publisher",
             "datePublished", "dateModified", "author", "image", "keywords", "articleSection"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("Budget <passes> & more", json.GetProperty("headline").GetString());
        Assert.Equal("Vote in the “house”.", json.GetProperty("description").GetString());
        Assert.Equal("https://example.org/news/articles/budget/", json.GetProperty("url").GetString());
        Assert.Equal("https://example.org/news/articles/budget/", json.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal(4, json.GetProperty("wordCount").GetInt32());
        Assert.Equal("fr", json.GetProperty("inLanguage").GetString());
        var publisher = json.GetProperty("publisher");
        Assert.Equal(("NewsMediaOrganization", "The Gazette", "https://example.org/news/"),
            (publisher.GetProperty("@type").GetString(), publisher.GetProperty("name").GetString(), publisher.GetProperty("url").GetString()));
        Assert.Equal(article.PublishedIso, json.GetProperty("datePublished").GetString());
        Assert.Equal(article.UpdatedIso, json.GetProperty("dateModified").GetString());
        Assert.Equal(
            [("Person", "Ana Ruiz", "https://example.org/news/authors/ana-ruiz/"), ("Person", "Lee Chen", "https://example.org/news/authors/lee-chen/")],
            json.GetProperty("author").EnumerateArray().Select(a => (a.GetProperty("@type").GetString(), a.GetProperty("name").GetString(), a.GetProperty("url").GetString())));
        Assert.Equal(["https://example.org/news/images/vote.jpg"], json.GetProperty("image").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(["Politics", "Économie"], json.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("Nation", json.GetProperty("articleSection").GetString());
    }

    [Fact]
    public void The_publisher_is_a_news_media_organization_with_its_logo_and_policies_from_the_configuration()
    {
        using var site = new RenderedSite([new TestArticle("brief", "Brief", paragraphs: ["Body."])],
            config: "title: The Gazette\nlogo: /assets/logo.png\nmasthead: about/masthead/\ncorrections_policy: https://policies.example.org/corrections\nethics_policy: /about/ethics/\n",
            baseUrl: "https://example.org/news/");

        var page = site.Page("articles/brief/index.html");
        var publisher = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("publisher");
        Assert.Equal("NewsMediaOrganization", publisher.GetProperty("@type").GetString());
        Assert.Equal("ImageObject", publisher.GetProperty("logo").GetProperty("@type").GetString());
        Assert.Equal("https://example.org/news/assets/logo.png", publisher.GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal("https://example.org/news/about/masthead/", publisher.GetProperty("masthead").GetString());
        Assert.Equal("https://policies.example.org/corrections", publisher.GetProperty("correctionsPolicy").GetString());
        Assert.Equal("https://example.org/news/about/ethics/", publisher.GetProperty("ethicsPolicy").GetString());
        // Readers find the same pages in every page's footer.
        Assert.Equal(
            [("Masthead", "https://example.org/news/about/masthead/"), ("Corrections policy", "https://policies.example.org/corrections"), ("Ethics policy", "https://example.org/news/about/ethics/")],
            site.Page("index.html").QuerySelectorAll("footer .footer-links a").Select(a => (a.TextContent, a.GetAttribute("href"))));
    }

    [Fact]
    public void The_footer_names_the_publisher_s_pages_in_the_site_s_language()
    {
        using var site = new RenderedSite([new TestArticle("brief", "Brief", paragraphs: ["Body."])],
            config: "title: Газета\nlanguage: ru\nmasthead: about/masthead/\ncorrections_policy: https://policies.example.org/corrections\nethics_policy: /about/ethics/\n",
            baseUrl: "https://example.org/news/");

        Assert.Equal(["Редакция", "Политика исправлений", "Этические принципы"],
            site.Page("index.html").QuerySelectorAll("footer .footer-links a").Select(a => a.TextContent));
    }

    [Fact]
    public void Without_those_settings_the_publisher_has_a_name_and_url_only_and_the_footer_no_links()
    {
        using var site = new RenderedSite([new TestArticle("brief", "Brief", paragraphs: ["Body."])], baseUrl: "https://example.org/news/");

        var page = site.Page("articles/brief/index.html");
        var publisher = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("publisher");
        Assert.Equal(["@type", "name", "url"], publisher.EnumerateObject().Select(p => p.Name));
        Assert.Null(page.QuerySelector("footer .footer-links"));
    }

    [Fact]
    public void An_undated_article_without_authors_tags_image_or_section_leaves_those_fields_out()
    {
        var json = Parse(ArticleView.From(new TestArticle("brief", "Brief", paragraphs: ["Body."]), Site));

        Assert.Equal(["@context", "@type", "headline", "description", "url", "mainEntityOfPage", "wordCount", "inLanguage", "publisher"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("en", json.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public void An_article_never_updated_gives_its_publication_date_as_modified()
    {
        var article = ArticleView.From(new TestArticle("dated", "Dated", published: new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero), paragraphs: ["Body."]), Site);

        var json = Parse(article);

        Assert.Equal(article.PublishedIso, json.GetProperty("dateModified").GetString());
    }

    [Fact]
    public void Markup_characters_are_escaped_so_the_script_element_cannot_be_closed()
    {
        var text = JsonLd.NewsArticle(Site, ArticleView.From(new TestArticle("x", "</script><script>alert(1)</script> & <!--", paragraphs: ["Body."]), Site)).Value;

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", text, StringComparison.Ordinal);
    }
}
