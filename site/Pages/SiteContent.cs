using StaticNews.Content;
using StaticNews.Generator.Naming;
using StaticNews.Site.Loading;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// Everything the page planners read: the settings, the site, every article (newest first) as a view,
/// and the terms that group them (tags from the generator's merged index, authors by slug).
/// </summary>
public sealed class SiteContent
{
    public SiteContent(SiteSettings settings, SiteView site, IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags)
    {
        Settings = settings;
        Site = site;
        // Making a view reads the start of the article's body (for its excerpt): the largest part of planning, so it runs on every core.
        var views = articles.AsParallel().AsOrdered().Select(a => ArticleView.From(a, site)).ToList();
        var bySlug = views.ToDictionary(v => v.Slug, StringComparer.Ordinal);
        Articles = views.Select((view, i) => view with
        {
            Newer = i > 0 ? views[i - 1].Link : null,
            Older = i + 1 < views.Count ? views[i + 1].Link : null,
            Related = articles[i].RelatedSlugs.Where(bySlug.ContainsKey).Select(slug => bySlug[slug].Link).ToList(),
        }).ToList();
        bySlug = Articles.ToDictionary(v => v.Slug, StringComparer.Ordinal);

        Tags = tags.Select(t => new TermLink(t.Name, site.BasePath + t.Url, t.Articles.Count)).ToList();
        ArticlesByTag = tags.ToDictionary(
            t => site.BasePath + t.Url,
            t => (IReadOnlyList<ArticleView>)t.Articles.Where(a => bySlug.ContainsKey(a.Slug)).Select(a => bySlug[a.Slug]).ToList());

        // An author's name as first written (newest article first); names that give one slug are one author.
        var byAuthor = new Dictionary<string, (string Name, List<ArticleView> Articles)>(StringComparer.Ordinal);
        foreach (var article in Articles)
        {
            foreach (var author in article.Authors)
            {
                if (!byAuthor.TryGetValue(author.Url, out var entry))
                {
                    byAuthor[author.Url] = entry = (author.Name, []);
                }
                entry.Articles.Add(article);
            }
        }
        Authors = byAuthor.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new TermLink(a.Value.Name, a.Key, a.Value.Articles.Count)).ToList();
        ArticlesByAuthor = byAuthor.ToDictionary(a => a.Key, a => (IReadOnlyList<ArticleView>)a.Value.Articles);
    }

    public SiteSettings Settings { get; }

    public SiteView Site { get; }

    public IReadOnlyList<ArticleView> Articles { get; }

    public IReadOnlyList<TermLink> Tags { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<ArticleView>> ArticlesByTag { get; }

    public IReadOnlyList<TermLink> Authors { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<ArticleView>> ArticlesByAuthor { get; }
}
