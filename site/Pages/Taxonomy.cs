using StaticNews.Generator.Naming;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// The terms of one taxonomy (tags, authors, sections) and the articles under each. Names whose words are the same,
/// case, accents and punctuation aside (<c>Ani Hovhannisyan</c>, <c>ANI HOVHANNISYAN</c>), are one term, shown as
/// first written in the newest article, and an article is listed once under it however often it names it. Distinct
/// names never share a page: when two slugs come out equal (a slug is cut at 80 characters, so two long names may
/// share their first 80), the term first used by the oldest article keeps the slug, so a published URL stays put
/// when a newer article arrives, and the others get <c>-2</c>, <c>-3</c>, ...
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
        var grouped = new Dictionary<string, (string Name, List<int> Articles)>(StringComparer.Ordinal);
        for (var article = 0; article < namesByArticle.Count; article++)
        {
            foreach (var name in namesByArticle[article])
            {
                var identity = IdentityOf(name);
                if (!grouped.TryGetValue(identity, out var term))
                {
                    grouped[identity] = term = (name, []);
                }
                if (term.Articles.Count == 0 || term.Articles[^1] != article)
                {
                    term.Articles.Add(article);
                }
            }
        }

        var slugs = AssignSlugs(grouped.ToDictionary(t => t.Key, t => t.Value.Name, StringComparer.Ordinal), namesByArticle);
        foreach (var (identity, (name, articles)) in grouped)
        {
            _termOf[identity] = MakeTerm(name, slugs[identity], articles);
        }
        // By slug: "x" comes before "x-2".
        Terms = _termOf.Values.OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();
    }

    public TaxonomyKind Kind { get; }

    /// <summary>Every term, by slug.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The term a name belongs to (however it is written), or null when no article names it.</summary>
    public Term? Find(string name) => _termOf.GetValueOrDefault(_identityOf.TryGetValue(name, out var seen) ? seen : Identity(name));

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

    private Term MakeTerm(string name, string slug, List<int> articles)
    {
        var path = Kind.Folder.Under(slug + "/");
        return new Term(name, slug, path, TermLink.To(_site, name, path, articles.Count), articles);
    }

    /// <summary>Names repeat across articles: each spelling's words are found once.</summary>
    private string IdentityOf(string name)
    {
        if (!_identityOf.TryGetValue(name, out var identity))
        {
            _identityOf[name] = identity = Identity(name);
        }
        return identity;
    }

    /// <summary>The name's words, whole (a slug is cut, the identity is not); a name without words (emoji alone) is only itself.</summary>
    private static string Identity(string name)
    {
        var words = Words.FromTitle(name);
        return words.Count > 0 ? string.Join("-", words) : "\0" + name;
    }

    /// <summary>First every term that can have its own slug, by first use in the oldest article; then the others, suffixed.</summary>
    private Dictionary<string, string> AssignSlugs(Dictionary<string, string> names, IReadOnlyList<IReadOnlyList<string>> namesByArticle)
    {
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var article = namesByArticle.Count - 1; article >= 0; article--)
        {
            order.AddRange(namesByArticle[article].Select(IdentityOf).Where(seen.Add));
        }

        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var identity in order)
        {
            var slug = SlugBuilder.FromTitle(names[identity]);
            if (taken.Add(slug))
            {
                slugs[identity] = slug;
            }
        }
        foreach (var identity in order.Where(i => !slugs.ContainsKey(i)))
        {
            var slug = SlugBuilder.FromTitle(names[identity]);
            var suffix = 2;
            while (!taken.Add(slug + "-" + suffix))
            {
                suffix++;
            }
            slugs[identity] = slug + "-" + suffix;
        }
        return slugs;
    }
}
