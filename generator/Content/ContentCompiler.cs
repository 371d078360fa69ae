using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Indexing;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;
using StaticNews.Generator.Parsing;

namespace StaticNews.Generator.Content;

/// <summary>
/// The generator's content steps without a compilation: document texts in, the named, published and tagged articles
/// and their diagnostics out, for a host that keeps the content in memory (the site's live preview). The incremental
/// generator runs these same steps (<see cref="ArticleGenerator"/>), one at a time and cached; nothing here throws.
/// </summary>
public static class ContentCompiler
{
    /// <summary>What parsing takes from staticnews.yml (boilerplate patterns, time zone, front_matter keys) and the problems in it.</summary>
    public static ConfigResult ReadConfig(string path, string text) => ReadConfig(path, SourceText.From(text));

    /// <summary>The options parsing runs with: as the build gives them (content root) and staticnews.yml.</summary>
    /// <param name="documentsFolder">Where the documents are (else staticnews.yml's <c>documents:</c>): its <c>pages/</c> holds pages.</param>
    public static GeneratorOptions Options(string contentRoot, ConfigResult config, string @namespace = GeneratorOptions.DefaultNamespace,
        string? documentsFolder = null) =>
        new(@namespace, contentRoot, config.BoilerplatePatterns, config.TimeZone, config.KeyAliases, config.Permalink,
            PagesFolders.Of(documentsFolder ?? config.DocumentsFolder));

    /// <summary>One document, as the generator parses it; <paramref name="text"/> is decoded as the compiler decodes an additional file.</summary>
    public static ParseResult Parse(string path, SourceText text, GeneratorOptions options) =>
        Parse(path, text, options, CancellationToken.None, resourceName: null);

    /// <summary>
    /// Every article given a unique slug (a contested one goes to the earlier-published article), the published ones
    /// in the order of <c>Articles.All</c>, the merged tags, the redirect pages to other sites, and what only all documents
    /// together show (clashing names, unpublished articles, unknown related slugs, custom keys of two types, translations
    /// that link to no published article or share a language, a <c>lead:</c> that names no published article).
    /// </summary>
    /// <param name="includeDrafts">Publish drafts and future articles too (StaticNewsDrafts).</param>
    /// <param name="now">The moment that decides what is "future" (StaticNewsNow, else the clock).</param>
    /// <param name="permalink">staticnews.yml's permalink pattern (<see cref="GeneratorOptions.Permalink"/>).</param>
    /// <param name="redirects">The documents that only redirect (<see cref="ParseResult.Redirect"/>).</param>
    /// <param name="config">staticnews.yml as read, for the checks of what it names (<c>lead:</c>).</param>
    /// <param name="language">The site's language (staticnews.yml's <c>language:</c>), an article's without <c>lang:</c>.</param>
    /// <param name="urlLock">staticnews.lock (<see cref="ReadLock"/>): published URLs kept; null for none.</param>
    /// <param name="pages">The documents of pages/ (<see cref="ParseResult.Page"/>), named after the articles.</param>
    public static CompiledContent Compile(IEnumerable<ArticleDocument> documents, bool includeDrafts, DateTimeOffset now,
        string @namespace = GeneratorOptions.DefaultNamespace, string permalink = Permalink.Default, IEnumerable<RedirectDocument>? redirects = null,
        ConfigResult? config = null, string language = "en", UrlLock? urlLock = null, IEnumerable<PageDocument>? pages = null)
    {
        var articles = documents.ToImmutableArray();
        var requests = articles.Select(NamingRequestFor).ToImmutableArray();
        var redirectDocuments = (redirects ?? []).ToImmutableArray();
        var naming = Name(requests, permalink, redirectDocuments, urlLock);
        var named = articles
            .Select(article => naming.For(article.FilePath) is { } names ? new NamedArticle(article, names, @namespace) : null)
            .Where(article => article is not null)
            .Select(article => article!)
            .ToList();
        var index = IndexBuilder.Build(@namespace, named.Select(IndexEntryFor).ToImmutableArray(), includeDrafts, now, naming.Redirects);
        var byLocation = named.ToDictionary(article => article.Names.Location);
        var tags = index.Tags.Select(tag => new CompiledTag(tag.Name, tag.Slug, tag.Articles.Select(at => byLocation[at]).ToList())).ToList();
        var steps = new CompileSteps(@namespace, includeDrafts, permalink, redirectDocuments, config, language, urlLock, (pages ?? []).ToImmutableArray(),
            naming, index.Diagnostics);
        return Finish(steps, named, index.Published.Select(at => byLocation[at]).ToList(), tags, now);
    }

    /// <summary>
    /// The content after documents came and went (or were edited so that their names, dates or tags changed), without
    /// compiling every document again: when each article that goes frees names no other document asked for, each that
    /// comes takes the names it asks for and no other document holds or asked for, each is published (neither a draft
    /// nor dated in the future nor expired), its tags move no other tag's slug, and no article's date or expiry fell
    /// between the two moments. The articles' order is <paramref name="previous"/>'s, an edited one where it stood and a
    /// new one last, as <see cref="Compile"/> over the documents in that order gives it. Null when any of that does not
    /// hold: compile all documents again.
    /// </summary>
    /// <param name="removed">The articles of the documents that went or were edited, as <paramref name="previous"/> holds them.</param>
    /// <param name="added">The articles of the documents that came or were edited.</param>
    public static CompiledContent? Update(CompiledContent previous, IReadOnlyCollection<ArticleDocument> removed, IReadOnlyCollection<ArticleDocument> added,
        DateTimeOffset now) =>
        ContentUpdate.Apply(previous, removed, added, now);

    /// <summary>
    /// Gathers now what <see cref="Update"/> reads of <paramref name="compiled"/> besides the documents that change (the
    /// names every article holds and asks for), which it otherwise gathers within the first update.
    /// </summary>
    public static void PrepareUpdates(CompiledContent compiled) => compiled.Steps?.ClaimsOf(compiled.Articles);

    /// <summary>What only all articles together show, checked once the articles are named and published; the content made of it all.</summary>
    /// <param name="counted">How many of <paramref name="named"/> the checks read, when the caller knows; else counted here.</param>
    /// <param name="publishedUntil">The content's <see cref="CompiledContent.PublishedUntil"/>, when the caller knows it; else found here.</param>
    internal static CompiledContent Finish(CompileSteps steps, IReadOnlyList<NamedArticle> named, IReadOnlyList<NamedArticle> published,
        IReadOnlyList<CompiledTag> tags, DateTimeOffset now, CheckedArticles? counted = null, DateTimeOffset? publishedUntil = null)
    {
        var naming = steps.Naming;
        var counts = counted ?? CheckedArticles.Of(named);
        var publishedAt = new Lazy<HashSet<ArticleReference>>(() => new HashSet<ArticleReference>(published.Select(article => article.Names.Location)));
        var lead = steps.Config is not { Lead: not null } config
            ? EquatableArray<DiagnosticInfo>.Empty
            : LeadChecker.Check(config, named.Where(article => article.Names.Slug == config.Lead).Select(IndexEntryFor), publishedAt.Value);
        var references = counts.Referencing == 0
            ? EquatableArray<DiagnosticInfo>.Empty
            : ReferenceChecker.Check(named.Select(article => ReferenceCheckFor(article.Article)).Where(check => check is not null).Select(check => check!).ToImmutableArray(), naming);
        var translations = counts.Translating == 0
            ? EquatableArray<DiagnosticInfo>.Empty
            : TranslationChecker.Check(ConfigResult.Missing with { Language = steps.Language },
                named.Select(TranslationEntryFor).ToImmutableArray(), named.Select(IndexEntryFor), publishedAt.Value);
        var pageModel = PageNamer.Name(steps.Namespace, steps.Pages, naming, steps.IncludeDrafts, steps.UrlLock);
        var diagnostics = naming.Diagnostics.Concat(steps.IndexDiagnostics).Concat(references).Concat(translations).Concat(lead)
            .Concat((steps.UrlLock ?? UrlLock.Empty).Diagnostics).Concat(pageModel.Diagnostics).ToList();
        var redirects = naming.Redirects.OrderBy(redirect => redirect.Path, StringComparer.Ordinal).ToList();
        return new CompiledContent(named, published, tags, diagnostics, redirects, pageModel.Pages)
        {
            Now = now,
            Steps = steps,
            Checked = counts,
            PublishedUntil = publishedUntil ?? PublishedUntil(named, now),
        };
    }

    /// <summary>staticnews.lock as naming reads it; a line it cannot read is a diagnostic (SN0055), and the rest are used.</summary>
    public static UrlLock ReadLock(string path, SourceText text)
    {
        try
        {
            return UrlLockFile.Read(path, text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return UrlLock.Empty with { Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { InternalError(path, e) }) };
        }
    }

    /// <summary>
    /// The content after articles were edited in place, without compiling all documents again: when every edit leaves
    /// all that <see cref="Compile"/> reads of the document the same (what naming, publishing and the cross-document
    /// checks take of it: title, dates, tags, related, fields, URLs, editions), only the body or the words shown changed, and no
    /// article's date or expiry fell between the two moments, the content is <paramref name="previous"/> with those
    /// articles replaced, in the same places. Null when any edit changed more: compile all documents again.
    /// </summary>
    /// <param name="edits">Each edited document's article before and after (the same file).</param>
    public static CompiledContent? Replace(CompiledContent previous, IReadOnlyCollection<(ArticleDocument Before, ArticleDocument After)> edits, DateTimeOffset now)
    {
        if (!StillPublishes(previous, now))
        {
            return null;
        }
        var after = new Dictionary<ArticleDocument, ArticleDocument>(edits.Count, ByReference<ArticleDocument>.Instance);
        foreach (var (before, edited) in edits)
        {
            if (before.FilePath != edited.FilePath)
            {
                return null;
            }
            after[before] = edited;
        }
        var editOf = new Replacement<ArticleDocument>(after);
        var replaced = new Dictionary<NamedArticle, NamedArticle>(edits.Count, ByReference<NamedArticle>.Instance);
        foreach (var old in previous.Articles)
        {
            if (editOf.Of(old.Article) is not { } document)
            {
                continue;
            }
            var edited = old with { Article = document };
            if (NamingRequestFor(old.Article) != NamingRequestFor(document) || IndexEntryFor(old) != IndexEntryFor(edited)
                || !Equals(ReferenceCheckFor(old.Article), ReferenceCheckFor(document)) || TranslationEntryFor(old) != TranslationEntryFor(edited))
            {
                return null;
            }
            replaced[old] = edited;
        }
        // An edit of a document the content does not hold, or two of the same document.
        if (replaced.Count != edits.Count)
        {
            return null;
        }
        // Every other article, list and tag stays the object it was: the preview finds the edited ones where the lists differ.
        var edit = new Replacement<NamedArticle>(replaced);
        var articles = edit.In(previous.Articles);
        return new CompiledContent(
            articles,
            edit.In(previous.Published),
            previous.Tags.Select(tag => edit.Touches(tag.Articles) ? tag with { Articles = edit.In(tag.Articles) } : tag).ToList(),
            previous.Diagnostics,
            previous.Redirects,
            previous.Pages)
        {
            Now = now,
            Steps = previous.Steps,
            Checked = previous.Checked,
            // Each edit kept its index entry, dates and expiry included: the moments it brings are those already counted.
            PublishedUntil = previous.PublishedUntil,
            Paths = previous.Paths?.After(articles, replaced.Keys, replaced.Values),
        };
    }

    /// <summary>Whether what <paramref name="previous"/> published is what it would publish at <paramref name="now"/>: no article's date or expiry fell between.</summary>
    internal static bool StillPublishes(CompiledContent previous, DateTimeOffset now) => now >= previous.Now && now < previous.PublishedUntil;

    /// <summary>The first date or expiry of <paramref name="articles"/> after <paramref name="now"/>; <see cref="DateTimeOffset.MaxValue"/> when none is.</summary>
    internal static DateTimeOffset PublishedUntil(IEnumerable<NamedArticle> articles, DateTimeOffset now)
    {
        var until = DateTimeOffset.MaxValue;
        foreach (var named in articles)
        {
            var metadata = named.Article.Metadata;
            if (metadata.Published is { } published && published > now && published < until)
            {
                until = published;
            }
            if (metadata.Expires is { } expires && expires > now && expires < until)
            {
                until = expires;
            }
        }
        return until;
    }

    internal static DateTimeOffset Earlier(DateTimeOffset one, DateTimeOffset other) => one <= other ? one : other;

    internal static ConfigResult ReadConfig(string path, SourceText text)
    {
        try
        {
            return ConfigReader.Read(path, text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ConfigResult.Missing with { Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { InternalError(path, e) }) };
        }
    }

    internal static ParseResult Parse(string path, SourceText text, GeneratorOptions options, CancellationToken cancellationToken, string? resourceName)
    {
        try
        {
            var parsed = DocumentParser.Parse(path, text, options, cancellationToken, resourceName);
            return PagesFolders.Holds(options.PagesFolder, path) ? PageDocuments.AsPage(parsed) : parsed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParseResult(null, new EquatableArray<DiagnosticInfo>(new[] { InternalError(path, e) }));
        }
    }

    /// <summary>What naming needs of one article.</summary>
    internal static NamingRequest NamingRequestFor(ArticleDocument article) =>
        new(article.FilePath, article.SourcePath, article.ProposedSlug, article.ProposedClassName, article.TitleLocation,
            article.Metadata.CustomFields.Select(field => field.PropertyName).ToEquatableArray(), article.Metadata.Published,
            article.Metadata.Url ?? article.Metadata.Path, article.Metadata.Aliases, article.Metadata.Section, article.Metadata.Slug is not null);

    /// <summary>Unique names for every article, each with its place among the generated parts.</summary>
    internal static NamingResult Name(ImmutableArray<NamingRequest> requests, string permalink = Permalink.Default,
        ImmutableArray<RedirectDocument> redirects = default, UrlLock? urlLock = null)
    {
        var sourcePaths = new Dictionary<string, string>(requests.Length, StringComparer.Ordinal);
        foreach (var request in requests)
        {
            sourcePaths[request.FilePath] = request.SourcePath;
        }
        return ArticlePartitioner.Place(NameAssigner.Assign(requests, permalink, redirects, urlLock), sourcePaths);
    }

    /// <summary>What publishing and the index need of one named article.</summary>
    internal static IndexEntry IndexEntryFor(NamedArticle named) => new(
        named.Names.Slug,
        named.Names.Location,
        named.Article.Metadata.Published,
        named.Article.Metadata.Tags,
        named.Article.Metadata.Draft,
        named.Article.SourcePath,
        named.Article.TitleLocation,
        named.Article.Metadata.Expires);

    /// <summary>What the translation check needs of one named article.</summary>
    internal static TranslationEntry TranslationEntryFor(NamedArticle named) => new(
        named.Names.Slug,
        named.Names.Location,
        named.Article.Metadata.Language,
        named.Article.Metadata.TranslationOf,
        named.Article.SourcePath,
        named.Article.Metadata.Published);

    /// <summary>What the cross-document checks need of one article; null when it names nothing to check.</summary>
    internal static ReferenceCheck? ReferenceCheckFor(ArticleDocument article) =>
        article.Metadata.Related.IsEmpty && article.Metadata.CustomFields.IsEmpty
            ? null
            : new ReferenceCheck(article.SourcePath, article.Metadata.Related, article.Metadata.CustomFields);

    internal static DiagnosticInfo InternalError(string filePath, Exception e) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.StartOf(filePath),
            Path.GetFileName(filePath), e.GetType().Name, e.Message);
}
