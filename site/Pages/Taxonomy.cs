using StaticNews.Generator.Naming;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// The terms of one taxonomy (tags, authors, sections) and the articles under each, grouped by the generator's own
/// rules (<see cref="TermGrouping"/>, which makes <c>Articles.Tags</c> too), with their pages' paths and links.
/// </summary>
public sealed class Taxonomy
{
    private readonly SiteView _site;
    private readonly Dictionary<string, string> _identityOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term> _termOf = new(StringComparer.Ordinal);

    /// <param name="namesByArticle">Each article's names in this taxonomy, newest article first.</param>
    public Taxonomy(TaxonomyKind kind, SiteView site, IReadOnlyList<IReadOnlyList<string>> namesByArticle)
    {
        Kind = kind;
        _site = site;
        // Every spelling's identity is kept: views, made in parallel, find their terms by name without computing it.
        var terms = TermGrouping.Group(namesByArticle, _identityOf);
        foreach (var term in terms)
        {
            _termOf[term.Identity] = MakeTerm(term.Name, term.Slug, term.Articles);
        }
        Terms = terms.Select(term => _termOf[term.Identity]).ToList();
    }

    public TaxonomyKind Kind { get; }

    /// <summary>Every term, by slug.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The term a name belongs to (however it is written), or null when no article names it.</summary>
    public Term? Find(string name) => _termOf.GetValueOrDefault(_identityOf.TryGetValue(name, out var seen) ? seen : TermGrouping.Identity(name));

    /// <summary>An article's names as links to their terms' pages, each page once, as the article writes the name first.</summary>
    public IReadOnlyList<TermLink> LinksOf(IEnumerable<string> names)
    {
        var links = new List<TermLink>();
        foreach (var name in names)
        {
            // Read-only here: views are made in parallel. A name no article of the taxonomy has (a view made on its
            // own) links by its slug alone.
            var path = Find(name)?.Path ?? Kind.Folder.Under(SlugBuilder.FromTitle(name) + "/");
            if (!links.Exists(l => l.Url == _site.UrlOf(path)))
            {
                links.Add(TermLink.To(_site, name, path));
            }
        }
        return links;
    }

    /// <summary>Whether every term of <paramref name="previous"/> that this taxonomy still has is at the same page: a link made to it then still holds.</summary>
    public bool KeepsPagesOf(Taxonomy previous)
    {
        if (previous.Kind != Kind || previous._site.BasePath != _site.BasePath)
        {
            return false;
        }
        foreach (var (identity, term) in previous._termOf)
        {
            if (_termOf.TryGetValue(identity, out var now) && now.Path != term.Path)
            {
                return false;
            }
        }
        return true;
    }

    private Term MakeTerm(string name, string slug, IReadOnlyList<int> articles)
    {
        var path = Kind.Folder.Under(slug + "/");
        return new Term(name, slug, path, TermLink.To(_site, name, path, articles.Count), articles);
    }
}
