using System;
using System.Collections.Generic;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Content;

/// <summary>
/// What <see cref="ContentCompiler.Compile"/> makes of the documents: what the generated <c>Articles</c> class would hold.
/// </summary>
/// <param name="Articles">Every article with its unique names, published or not, in the order given.</param>
/// <param name="Published">The published articles, newest first: <c>Articles.All</c>.</param>
/// <param name="Tags">The merged tags, by slug: <c>Articles.Tags</c>.</param>
/// <param name="Diagnostics">What only all documents together show; each document's own come with its parse.</param>
/// <param name="Redirects">The pages that send the reader to another site, by path: <c>Articles.Redirects</c>.</param>
/// <param name="Pages">The published pages of pages/, by source path: <c>Pages.All</c>.</param>
public sealed record CompiledContent(
    IReadOnlyList<NamedArticle> Articles,
    IReadOnlyList<NamedArticle> Published,
    IReadOnlyList<CompiledTag> Tags,
    IReadOnlyList<DiagnosticInfo> Diagnostics,
    IReadOnlyList<RedirectPage> Redirects,
    IReadOnlyList<NamedPage>? Pages = null)
{
    /// <summary>The moment that decided what was published (the clock, or StaticNewsNow).</summary>
    public DateTimeOffset Now { get; init; }

    /// <summary>What the compile was made from and its steps gave, for <see cref="ContentCompiler.Update"/>.</summary>
    internal CompileSteps? Steps { get; init; }

    /// <summary>How many of <see cref="Articles"/> the cross-document checks read, for <see cref="ContentCompiler.Update"/>; null when not counted.</summary>
    internal CheckedArticles? Checked { get; init; }

    /// <summary>
    /// The first moment after <see cref="Now"/> at which an article's date or expiry falls, when what is published may
    /// change (<see cref="DateTimeOffset.MaxValue"/> when none does), so that an update need not look at every article to
    /// know it has not come. An update may carry an earlier one (an article that went still counts), never a later one.
    /// </summary>
    internal DateTimeOffset PublishedUntil { get; init; }

    /// <summary>
    /// The articles by file path, for <see cref="ContentUpdate"/>; null unless made or carried for this very
    /// <see cref="Articles"/> list (<see cref="ArticlePaths.Index"/>), so a copy with other articles never finds stale ones.
    /// </summary>
    internal ArticlePaths? Paths
    {
        get => _paths is { } paths && paths.Index(Articles) ? paths : null;
        init => _paths = value;
    }

    private readonly ArticlePaths? _paths;
}

/// <summary>A tag as <c>Articles.Tags</c> holds it: its name as first written, its slug, its published articles newest first.</summary>
public sealed record CompiledTag(string Name, string Slug, IReadOnlyList<NamedArticle> Articles);
