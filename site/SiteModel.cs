using StaticNews.Content;
using StaticNews.Site.Images;
using StaticNews.Site.Loading;
using StaticNews.Site.Pages;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Views;

namespace StaticNews.Site;

/// <summary>
/// What one render of the site renders, made alike by the build (<see cref="SiteBuilder"/>) and the preview
/// (<see cref="Live.LiveRender"/>): the site's view, the articles' pictures (their copies made into
/// <paramref name="pictureFiles"/>), the content and its pages.
/// </summary>
/// <param name="Problems">Warnings of the publisher's pages (SNS0027), the pictures (SNS0017-SNS0019, SNS0021-SNS0024) and of pages the plan left out (SNS0015, SNS0016).</param>
public sealed record SiteModel(SiteContent Content, IReadOnlyList<PageJob> Jobs, SitePictures Pictures, IReadOnlyList<string> Problems)
{
    /// <summary>The site as templates see it, with its section navigation.</summary>
    public SiteView Site => Content.Site;

    /// <param name="redirects">The pages that send the reader to another site (<c>Articles.Redirects</c>).</param>
    /// <param name="previous">The content of the last render, whose views are taken again where they still hold (<see cref="SiteContent"/>).</param>
    /// <param name="bodies">The render's body digests: each body read for its pictures is hashed then (<see cref="SitePictures.Prepare"/>).</param>
    public static SiteModel Make(SiteSettings settings, BuildOptions options, IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags,
        IPictureFiles pictureFiles, ImageCache images, bool searchEnabled, IReadOnlyList<Redirect>? redirects = null, SiteContent? previous = null,
        ArticleBodyDigests? bodies = null)
    {
        var site = new SiteView(settings.Title, settings.Description, settings.Language, settings.BaseUrl, settings.BasePath, searchEnabled)
        {
            WebSubHub = settings.WebSubHub,
            Publisher = settings.Publisher,
        };
        var problems = new List<string>();
        var pages = options.Pages.Select(page => PageView.From(page, site)).ToList();
        site = site with { Publisher = PublisherPages.Resolve(settings, pages, problems) };
        var pictures = SitePictures.Prepare(articles, site, options.ResolvedContentRoot, pictureFiles, images, bodies);
        SiteContent ContentOf(IReadOnlyList<Article> shown) => new(settings, site, shown, tags, pictures.BySlug, redirects, pictures.BodiesBySlug, pages, previous);
        var content = ContentOf(articles);
        problems.AddRange(pictures.Problems);
        var leftOut = new List<ArticleLeftOut>();
        var planned = new List<string>();
        var locate = new DocumentLocator(options.ResolvedContentRoot, options.ConfigFile);
        var jobs = SitePlan.Plan(content, planned, leftOut, locate);
        if (leftOut.Count > 0)
        {
            // An article whose URL is the site's own page or file (SNS0016) has no page, so no list, feed, sitemap or search
            // result may link it: the content is made again without it, and planned again. Fewer articles make no page of the
            // site's that was not there, so the plan leaves out no other; what it says of pages and old URLs is said of these pages.
            var gone = leftOut.Select(article => article.Article.Document).ToHashSet(ReferenceEqualityComparer.Instance);
            content = ContentOf(articles.Where(article => !gone.Contains(article)).ToList());
            problems.AddRange(leftOut.Select(article => article.Warning));
            planned.Clear();
            jobs = SitePlan.Plan(content, planned, locate: locate);
        }
        problems.AddRange(planned);
        // The footer links the pages the plan kept (one at a URL of the site's own is left out).
        content.LinkPages(jobs.OfType<StaticPageJob>().Select(job => job.Page.Link).ToList());
        return new SiteModel(content, jobs, pictures, problems);
    }
}
