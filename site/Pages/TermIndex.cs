using StaticNews.Generator.Naming;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// The terms of one kind (authors or tags) and their pages. Names whose words are the same, case, accents and
/// punctuation aside (<c>Ani Hovhannisyan</c>, <c>ANI HOVHANNISYAN</c>), are one term, shown as first written in the
/// newest article, and an article is listed once on its page however often it names it. Distinct names never share a
/// page: when two slugs come out equal (a slug is cut at 80 characters, so two long names may share their first 80),
/// the term first used by the oldest article keeps the slug, so a published URL stays put when a newer article
/// arrives, and the others get <c>-2</c>, <c>-3</c>, ...
/// </summary>
public sealed class TermIndex
{
    private readonly string _folder;
    private readonly Dictionary<string, string> _identityOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _urlOf = new(StringComparer.Ordinal);

    /// <param name="folder">Where the terms' pages live, with the base path: "/tags/".</param>
    /// <param name="namesByArticle">Each article's names of this kind, newest article first.</param>
    public TermIndex(string folder, IReadOnlyList<IReadOnlyList<string>> namesByArticle)
    {
        _folder = folder;
        var terms = new Dictionary<string, (string Name, List<int> Articles)>(StringComparer.Ordinal);
        for (var article = 0; article < namesByArticle.Count; article++)
        {
            foreach (var name in namesByArticle[article])
            {
                var identity = IdentityOf(name);
                if (!terms.TryGetValue(identity, out var term))
                {
                    terms[identity] = term = (name, []);
                }
                if (term.Articles.Count == 0 || term.Articles[^1] != article)
                {
                    term.Articles.Add(article);
                }
            }
        }

        var slugs = AssignSlugs(terms.ToDictionary(t => t.Key, t => t.Value.Name, StringComparer.Ordinal), namesByArticle);
        foreach (var (identity, slug) in slugs)
        {
            _urlOf[identity] = folder + slug + "/";
        }
        Terms = terms
            .Select(t => (Link: new TermLink(t.Value.Name, _urlOf[t.Key], t.Value.Articles.Count), t.Value.Articles))
            // By slug: without its final '/', "x" comes before "x-2".
            .OrderBy(t => t.Link.Url[..^1], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every term with its page's URL and its articles (as positions in the newest-first list), by slug.</summary>
    public IReadOnlyList<(TermLink Link, List<int> Articles)> Terms { get; }

    /// <summary>The page of the term a name belongs to (however it is written), or null when no article names it.</summary>
    public string? UrlOf(string name) => _urlOf.GetValueOrDefault(_identityOf.TryGetValue(name, out var seen) ? seen : Identity(name));

    /// <summary>An article's names as links to their pages, each page once, as the article writes the name first.</summary>
    public IReadOnlyList<TermLink> LinksOf(IEnumerable<string> names)
    {
        var links = new List<TermLink>();
        foreach (var name in names)
        {
            // Read-only here: views are made in parallel.
            var identity = _identityOf.TryGetValue(name, out var seen) ? seen : Identity(name);
            var url = _urlOf.TryGetValue(identity, out var known) ? known : _folder + SlugBuilder.FromTitle(name) + "/";
            if (!links.Exists(l => l.Url == url))
            {
                links.Add(new TermLink(name, url));
            }
        }
        return links;
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
