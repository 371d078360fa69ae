namespace StaticNews.Generator.Model;

/// <summary>The small projection of an article that naming needs; only this is collected across documents.</summary>
/// <param name="PropertyNames">The article's custom-field property names: its class may not take one of them (CS0542).</param>
/// <param name="Published">When the article was published (front matter <c>date:</c>): the earlier-published article keeps a name both want.</param>
/// <param name="OwnPath">The URL the document gives itself (<c>url:</c>, Zola's <c>path</c>), as a site path.</param>
/// <param name="Aliases">The old URLs the document names.</param>
/// <param name="Section">For the permalink's :section.</param>
/// <param name="ExplicitSlug">The slug is the document's own <c>slug:</c>, not made from its title or file name.</param>
public sealed record NamingRequest(string FilePath, string SourcePath, string ProposedSlug, string ProposedClassName, LocationInfo TitleLocation,
    EquatableArray<string> PropertyNames = default, System.DateTimeOffset? Published = null, string? OwnPath = null,
    EquatableArray<SitePathReference> Aliases = default, string? Section = null, bool ExplicitSlug = false);
