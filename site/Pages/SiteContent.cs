using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Site.Images;
using StaticNews.Site.Loading;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// Everything the page planners read: the settings, the site, every article (newest first) as a view, and the
/// taxonomies that group them (authors, tags and sections, each term one page: <see cref="Taxonomy"/>).
/// </summary>
public sealed class SiteContent
{
    /// <param name="tags">
    /// The generator's tag index. Not used for the pages: it merges tags by their slug, which is cut at 80 characters,
    /// so two long tags could share a page; the site groups tags as it groups authors (<see cref="Taxonomy"/>).
    /// </param>
    /// <param name="pictures">The lead pictures that can be shown, by article slug (<see cref="SitePictures"/>); null when none were prepared.</param>
    /// <param name="pages">The pages of pages/ (<see cref="Content.Page"/>), which are no articles.</param>
    public SiteContent(SiteSettings settings, SiteView site, IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, IReadOnlyDictionary<string, PictureView>? pictures = null,
        IReadOnlyList<PageView>? pages = null)
    {
        Settings = settings;
        Pages = pages ?? [];
        Authors = new Taxonomy(TaxonomyKind.Authors, site, articles.Select(a => a.Authors).ToList());
        Tags = new Taxonomy(TaxonomyKind.Tags, site, articles.Select(a => a.Tags).ToList());
        Sections = new Taxonomy(TaxonomyKind.Sections, site, articles.Select(a => (IReadOnlyList<string>)(a.Section is { Length: > 0 } section ? [section] : [])).ToList());
        // Every page's navigation lists the sections, so the site carries them.
        Site = site with { Sections = SectionNavigation.Order(Sections, settings.Sections) };
        // Making a view reads the start of the article's body (for its excerpt): the largest part of planning, so it runs on every core.
        var views = articles.AsParallel().AsOrdered().Select(a => ArticleView.From(a, site, Authors, Tags)).ToList();
        var bySlug = views.ToDictionary(v => v.Slug, StringComparer.Ordinal);
        Articles = views.Select((view, i) => (view with
        {
            Newer = i > 0 ? views[i - 1].Link : null,
            Older = i + 1 < views.Count ? views[i + 1].Link : null,
            Related = articles[i].RelatedSlugs.Where(bySlug.ContainsKey).Select(slug => bySlug[slug].Link).ToList(),
        }).WithPicture(pictures)).ToList();

        // staticnews.yml may spell an author as one article does and not as the page shows the name.
        AuthorProfiles = settings.Authors
            .Select(p => (Term: Authors.Find(p.Key), Profile: p.Value))
            .Where(p => p.Term is not null)
            .GroupBy(p => p.Term!.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Profile, StringComparer.Ordinal);
    }

    public SiteSettings Settings { get; }

    /// <summary>The site as templates see it: its sections, and (once planned, <see cref="LinkPages"/>) its pages.</summary>
    public SiteView Site { get; private set; }

    /// <summary>The pages every footer links: those of pages/ the plan kept.</summary>
    public void LinkPages(IReadOnlyList<ArticleLink> pages) => Site = Site with { Pages = pages };

    public IReadOnlyList<ArticleView> Articles { get; }

    /// <summary>The pages of pages/, which are in no list of articles.</summary>
    public IReadOnlyList<PageView> Pages { get; }

    public Taxonomy Tags { get; }

    public Taxonomy Authors { get; }

    public Taxonomy Sections { get; }

    /// <summary>
    /// The article the front page leads with: the one <c>lead:</c> names when it is published (the generator reports a
    /// slug that is not, at its line of staticnews.yml), else the newest; null without articles.
    /// </summary>
    public ArticleView? Lead => (Settings.Lead is { } slug ? Articles.FirstOrDefault(a => a.Slug == slug) : null) ?? Articles.FirstOrDefault();

    /// <summary>The bios and links of staticnews.yml, by the slug of the author's term.</summary>
    public IReadOnlyDictionary<string, AuthorProfile> AuthorProfiles { get; }

    /// <summary>A term's articles, newest first.</summary>
    public IReadOnlyList<ArticleView> ArticlesOf(Term term) => term.Articles.Select(i => Articles[i]).ToList();
}
