using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>The pages of one taxonomy: its index (every term, with its count) and one paginated list per term.</summary>
public static class TermPages
{
    /// <param name="profileOf">What a term's page shows above its list (an author's bio); null for nothing.</param>
    public static IEnumerable<PageJob> Plan(SiteContent content, Taxonomy taxonomy, Func<Term, AuthorView?>? profileOf = null)
    {
        var kind = taxonomy.Kind;
        yield return new TermIndexPageJob(kind.Folder, kind.Heading, kind.IndexDescription(content.Site.Title), taxonomy.Terms.Select(t => t.Link).ToList());

        foreach (var term in taxonomy.Terms)
        {
            var profile = profileOf?.Invoke(term);
            foreach (var page in ListPages.Paginate(content, term.Path, term.Name, content.ArticlesOf(term)))
            {
                yield return new TermListPageJob(page, kind.TermDescription(term.Name), kind, term, profile);
            }
        }
    }
}

/// <summary>One page of a term's list: tags/&lt;slug&gt;/, authors/&lt;slug&gt;/page/2/, ...</summary>
public sealed record TermListPageJob(ListPage List, string Description, TaxonomyKind Taxonomy, Term Term, AuthorView? AuthorProfile)
    : ListPageJob(List, Description)
{
    protected override string Kind => Taxonomy.PageKind;

    protected override AuthorView? Profile => AuthorProfile;
}

/// <summary>An index of terms, each with its count (terms.sbn): tags/, authors/, archive/.</summary>
public sealed record TermIndexPageJob(SitePath Folder, string Heading, string Description, IReadOnlyList<TermLink> Terms) : PageJob(Folder)
{
    public override string Template => "terms.sbn";

    public override PageInfo Describe(SiteView site) => Describe(site, Heading, Description, "terms");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("heading", Heading), ("terms", Terms)];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this;
}
