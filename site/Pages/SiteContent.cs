using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Generator.Indexing;
using StaticNews.Site.Images;
using StaticNews.Site.Loading;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// Everything the page planners read: the settings, the site, every article (newest first) as a view, the
/// taxonomies that group them (authors, tags and sections, each term one page: <see cref="Taxonomy"/>), and the
/// redirects to other sites.
/// </summary>
public sealed class SiteContent
{
    /// <param name="tags">
    /// The generator's tag index. Not used for the pages: it merges tags by their slug, which is cut at 80 characters,
    /// so two long tags could share a page; the site groups tags as it groups authors (<see cref="Taxonomy"/>).
    /// </param>
    /// <param name="pictures">The lead pictures that can be shown, by article slug (<see cref="SitePictures"/>); null when none were prepared.</param>
    /// <param name="redirects">The pages that send the reader to another site (<c>Articles.Redirects</c>).</param>
    /// <param name="bodyPictures">The bodies' images that were resized, by article slug (<see cref="SitePictures.BodiesBySlug"/>).</param>
    /// <param name="pages">The pages of pages/ (<see cref="Content.Page"/>), which are no articles.</param>
    /// <param name="previous">
    /// The content of the last render (the preview's), whose views of the same article objects are taken again when
    /// what they were made from is the same: the site's URLs and language, and the page of every author and tag they link.
    /// </param>
    public SiteContent(SiteSettings settings, SiteView site, IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, IReadOnlyDictionary<string, PictureView>? pictures = null,
        IReadOnlyList<Redirect>? redirects = null, IReadOnlyDictionary<string, BodyPictures>? bodyPictures = null, IReadOnlyList<PageView>? pages = null,
        SiteContent? previous = null)
    {
        Settings = settings;
        Pictures = pictures;
        BodyPictures = bodyPictures;
        Redirects = redirects ?? [];
        Pages = pages ?? [];
        Taxonomy authors = null!, tagTerms = null!, sections = null!;
        Parallel.Invoke(
            () => authors = new Taxonomy(TaxonomyKind.Authors, site, articles.Select(a => a.Authors).ToList()),
            () => tagTerms = new Taxonomy(TaxonomyKind.Tags, site, articles.Select(a => a.Tags).ToList()),
            () => sections = new Taxonomy(TaxonomyKind.Sections, site, articles.Select(a => (IReadOnlyList<string>)(a.Section is { Length: > 0 } section ? [section] : [])).ToList()));
        (Authors, Tags, Sections) = (authors, tagTerms, sections);
        // Every page's navigation lists the sections, so the site carries them.
        Site = site with { Sections = SectionNavigation.Order(Sections, settings.Sections) };
        _madeWith = (site.BaseUrl, site.BasePath, site.Language);
        _sources = [.. articles];
        var kept = previous is not null && previous._madeWith == _madeWith && Authors.KeepsPagesOf(previous.Authors) && Tags.KeepsPagesOf(previous.Tags)
            ? previous
            : null;
        // Each article's views of the last render, when they are kept: where the same article object stands in its list.
        var before = new (ArticleView Made, ArticleView Shown, int At)?[articles.Count];
        if (kept is not null)
        {
            var places = PlacesBefore.Of(kept._sources, _sources);
            for (var i = 0; i < articles.Count; i++)
            {
                if (places[i] is var at and >= 0 && kept._made[at] is { } made)
                {
                    before[i] = (made, kept.Articles[at], at);
                }
            }
        }
        // Making a view reads the start of the article's body (for its excerpt): the largest part of planning, so it runs on every core.
        var views = kept is null
            ? articles.AsParallel().AsOrdered().Select(a => ArticleView.From(a, site, Authors, Tags)).ToList()
            : articles.Select((a, i) => before[i]?.Made ?? ArticleView.From(a, site, Authors, Tags)).ToList();
        // A kept view's links and picture are known from the last content: no article is read again to ask.
        var facts = new LinkFacts[articles.Count];
        var (translated, relating) = (false, false);
        for (var i = 0; i < articles.Count; i++)
        {
            facts[i] = before[i] is { At: var at } ? kept!._facts[at] : LinkFacts.Of(articles[i], views[i]);
            translated |= facts[i].Translates;
            relating |= facts[i].Relates;
        }
        // Only related: and translation_of: link articles by slug; without any, no view needs another's.
        var bySlug = translated || relating
            ? views.ToDictionary(v => v.Slug, StringComparer.Ordinal)
            : new Dictionary<string, ArticleView>(StringComparer.Ordinal);
        var editions = translated
            ? TranslationGroups.Of(views.Select((view, i) => new TranslationMember(view.Slug, view.Language, articles[i].TranslationOf, view.Published)))
            : TranslationGroups.Of([]);
        (_made, _facts, _translated) = (views, facts, translated);
        var shown = new List<ArticleView>(views.Count);
        for (var i = 0; i < views.Count; i++)
        {
            if (before[i] is { } same && ShownAsBefore(kept!, same.At, i, views, facts[i], translated, bodyPictures, pictures))
            {
                shown.Add(same.Shown);
                continue;
            }
            var view = views[i];
            var newer = i > 0 ? views[i - 1].Link : null;
            var older = i + 1 < views.Count ? views[i + 1].Link : null;
            IReadOnlyList<ArticleLink> related = !facts[i].Relates ? [] : articles[i].RelatedSlugs.Where(bySlug.ContainsKey).Select(slug => bySlug[slug].Link).ToList();
            IReadOnlyList<EditionLink> editionLinks = translated ? editions.EditionsOf(view.Slug).Select(edition => EditionOf(bySlug[edition.Slug], view)).ToList() : [];
            // The view shown last time, when it was made from this one with the same links and no picture (a view made
            // from an article has an image URL exactly when the article names an image).
            var final = before[i] is { } last && ReferenceEquals(last.Made, view)
                && Equals(last.Shown.Newer, newer) && Equals(last.Shown.Older, older)
                && SameLinks(last.Shown.Related, related) && SameLinks(last.Shown.Editions, editionLinks)
                && (bodyPictures is not { Count: > 0 } || !bodyPictures.ContainsKey(view.Slug)) && (pictures is null || view.ImageUrl is null)
                ? last.Shown
                : (view with { Newer = newer, Older = older, Related = related, Editions = editionLinks }).WithPicture(pictures, bodyPictures);
            shown.Add(final);
        }
        Articles = shown;

        // staticnews.yml may spell an author as one article does and not as the page shows the name.
        AuthorProfiles = settings.Authors
            .Select(p => (Term: Authors.Find(p.Key), Profile: p.Value))
            .Where(p => p.Term is not null)
            .GroupBy(p => p.Term!.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Profile, StringComparer.Ordinal);
    }

    private SiteContent(SiteContent content, IReadOnlyList<ArticleView> articles)
    {
        (Settings, Site, Authors, Tags, Sections, AuthorProfiles, Pictures, BodyPictures, Redirects, Pages, _madeWith) =
            (content.Settings, content.Site, content.Authors, content.Tags, content.Sections, content.AuthorProfiles, content.Pictures, content.BodyPictures, content.Redirects, content.Pages, content._madeWith);
        Articles = articles;
        // The edited articles' views are not kept: the next content makes them.
        var sources = new List<Article>(content._sources);
        var made = new List<ArticleView?>(content._made);
        for (var i = 0; i < articles.Count; i++)
        {
            if (!ReferenceEquals(articles[i], content.Articles[i]))
            {
                sources[i] = articles[i].Document;
                made[i] = null;
            }
        }
        (_sources, _made, _facts, _translated) = (sources, made, content._facts, content._translated);
    }

    /// <summary>
    /// Whether the view kept at <paramref name="at"/> of <paramref name="kept"/> is shown as it was at <paramref name="i"/>
    /// of <paramref name="views"/>, known without reading it: its neighbours are the same made views (so their links are
    /// the same), it names no related article, no article of either content is an edition, and it has no picture.
    /// </summary>
    private static bool ShownAsBefore(SiteContent kept, int at, int i, IReadOnlyList<ArticleView> views, LinkFacts facts, bool translated,
        IReadOnlyDictionary<string, BodyPictures>? bodyPictures, IReadOnlyDictionary<string, PictureView>? pictures)
    {
        var sameNewer = i == 0 ? at == 0 : at > 0 && ReferenceEquals(kept._made[at - 1], views[i - 1]);
        var sameOlder = i + 1 == views.Count ? at + 1 == kept._made.Count : at + 1 < kept._made.Count && ReferenceEquals(kept._made[at + 1], views[i + 1]);
        return sameNewer && sameOlder && !facts.Relates && !translated && !kept._translated
            && bodyPictures is not { Count: > 0 } && (pictures is null || facts.Imageless);
    }

    private static bool SameLinks<T>(IReadOnlyList<T> before, IReadOnlyList<T> now) =>
        before.Count == now.Count && (now.Count == 0 || before.SequenceEqual(now));

    /// <summary>What each of <see cref="_made"/> links besides its neighbours, and whether it names an image; where it is null, nothing.</summary>
    private readonly IReadOnlyList<LinkFacts> _facts;

    /// <summary>Whether an article names another as its original (<c>translation_of:</c>): every view then lists its editions.</summary>
    private readonly bool _translated;

    /// <summary>What a made view links besides its neighbours (related articles, editions) and whether it names an image.</summary>
    private readonly record struct LinkFacts(bool Relates, bool Translates, bool Imageless)
    {
        public static LinkFacts Of(Article article, ArticleView made) =>
            new(article.RelatedSlugs.Count > 0, article.TranslationOf is not null, made.ImageUrl is null);
    }

    /// <summary>What every view was made from besides its article and the taxonomies: the site's URLs and language.</summary>
    private readonly (string BaseUrl, string BasePath, string Language) _madeWith;

    /// <summary>The article of each of <see cref="Articles"/>, in the same places.</summary>
    private readonly IReadOnlyList<Article> _sources;

    /// <summary>
    /// Each article's view as <see cref="ArticleView.From(Article, SiteView, Taxonomy, Taxonomy)"/> made it, before its
    /// links and pictures, in the places of <see cref="Articles"/> (which shows it); null where none is kept.
    /// </summary>
    private readonly IReadOnlyList<ArticleView?> _made;

    /// <summary>
    /// The view of <paramref name="edited"/>, an article edited where the one at <paramref name="index"/> stood: made as
    /// every view here is, with the links that view's neighbours, related articles and editions gave it (which show only
    /// their titles, URLs and languages) and its pictures.
    /// </summary>
    public ArticleView ViewInPlaceOf(int index, Article edited)
    {
        var before = Articles[index];
        return (ArticleView.From(edited, Site, Authors, Tags) with
        {
            Newer = before.Newer,
            Older = before.Older,
            Related = before.Related,
            Editions = before.Editions,
        }).WithPicture(Pictures, BodyPictures);
    }

    /// <summary>
    /// This content with other views of its articles, in the same places, each listed as the one it replaces (same
    /// title, URL, dates, terms and links: <see cref="Rendering.Caching.SameArticleView.SameBesidesBody"/>), so the taxonomies and
    /// the site stay as they are.
    /// </summary>
    public SiteContent WithArticles(IReadOnlyList<ArticleView> articles) => new(this, articles);

    public SiteSettings Settings { get; }

    /// <summary>The lead pictures the views were given, by article slug; null when none were prepared.</summary>
    public IReadOnlyDictionary<string, PictureView>? Pictures { get; }

    /// <summary>The bodies' pictures the views were given, by article slug.</summary>
    public IReadOnlyDictionary<string, BodyPictures>? BodyPictures { get; }

    /// <summary>A link to an edition of the story <paramref name="page"/> tells (the generator's rule of which articles are editions: <see cref="TranslationGroups"/>).</summary>
    private static EditionLink EditionOf(ArticleView edition, ArticleView page) =>
        new(edition.Language, LanguageNames.Of(edition.Language), edition.Url, edition.AbsoluteUrl, edition.Slug == page.Slug);

    /// <summary>The site as templates see it: its sections, and (once planned, <see cref="LinkPages"/>) its pages.</summary>
    public SiteView Site { get; private set; }

    /// <summary>The pages every footer links: those of pages/ the plan kept.</summary>
    public void LinkPages(IReadOnlyList<ArticleLink> pages) => Site = Site with { Pages = pages };

    public IReadOnlyList<ArticleView> Articles { get; }

    /// <summary>The pages that only send the reader to another site; listed nowhere.</summary>
    public IReadOnlyList<Redirect> Redirects { get; }

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
