using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Generator.Content;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;

namespace StaticNews.Site.Live;

/// <summary>
/// The site's content kept in memory for the preview: each document's parse, by path, compiled into the articles
/// and tags the generated <c>Articles</c> class would hold, with the generator's own code (<see cref="ContentCompiler"/>).
/// A change re-parses only the documents it names; the config is read again only when it changed.
/// </summary>
public sealed class LiveContent
{
    /// <summary>Diagnostics that mean the document is caught half-written (no article at all, or its front matter
    /// broken): the preview keeps serving its previous version until it is whole again.</summary>
    private static readonly string[] BreakingIds = ["SN0010", "SN0011"];

    private readonly string _root;
    private readonly string _configFile;
    private readonly Dictionary<string, ParseResult> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParseResult> _broken = new(StringComparer.Ordinal);

    /// <summary>How many of <see cref="_documents"/> each folder holds: a new file beside them is a document added.</summary>
    private readonly Dictionary<string, int> _documentsPerFolder = new(StringComparer.Ordinal);
    private string _configText = "";
    private string _language = "en";

    /// <summary>staticnews.yml as the generator reads it (what it names is checked against the articles: <c>lead:</c>).</summary>
    private ConfigResult _config = ConfigResult.Missing;

    /// <summary>staticnews.lock beside staticnews.yml: honoured, never written here (a headline being typed is not published).</summary>
    private UrlLock _urlLock = UrlLock.Empty;

    /// <summary>The article made of each published document, kept while the document and its slug stay the same.</summary>
    private Dictionary<ArticleDocument, LiveArticle> _made = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The served documents whose articles name related: articles (their Related list is found when they are made, so
    /// they are made again when articles come, go or are edited), kept as documents change rather than asked of every
    /// article on each update.
    /// </summary>
    private readonly HashSet<ArticleDocument> _relating = new(ReferenceEqualityComparer.Instance);

    /// <summary>One string per author, tag and section name, shared by the articles made.</summary>
    private readonly NamePool _names = new();

    private Dictionary<string, Article> _bySlug = new(StringComparer.Ordinal);
    private GeneratorOptions _options;

    /// <summary>Each tag of the last content as compiled and as made for the site.</summary>
    private List<(CompiledTag Compiled, Tag Tag)> _tags = [];

    /// <summary>The last compile's content, which an in-place edit replaces articles of.</summary>
    private CompiledContent? _compiled;

    /// <param name="root">The content root (the repository: SourcePath is relative to it) holding staticnews.yml.</param>
    public LiveContent(string root)
    {
        _root = Path.GetFullPath(root);
        _configFile = Path.Combine(_root, SiteConfig.FileName);
        _options = ReadOptions();
        DocumentsFolder = ReadDocumentsFolder();
        ParseAll(DocumentFiles.List(DocumentsFolder, DocumentSelection.FromConfig(_configText)));
        Compile();
        // A document added or deleted is taken in against the names every article holds: gathered now, while the
        // preview starts, rather than within the writer's first such edit.
        if (_compiled is not null)
        {
            ContentCompiler.PrepareUpdates(_compiled);
        }
    }

    /// <summary>Where the documents are: <c>documents:</c> in staticnews.yml (relative to it), else seeds/.</summary>
    public string DocumentsFolder { get; private set; }

    public IReadOnlyList<Article> Articles => _articles;

    /// <summary>The articles as made here: the next update matches them with no cast that reads each one.</summary>
    private IReadOnlyList<LiveArticle> _articles = [];

    public IReadOnlyList<Tag> Tags { get; private set; } = [];

    /// <summary>The pages that send the reader to another site, as the generated <c>Articles.Redirects</c> would hold them.</summary>
    public IReadOnlyList<Redirect> Redirects { get; private set; } = [];

    /// <summary>The pages of pages/, as the generated <c>Pages.All</c> would hold them.</summary>
    public IReadOnlyList<Page> Pages { get; private set; } = [];

    /// <summary>Every diagnostic, in the compiler's format, for the terminal at start.</summary>
    public IEnumerable<ContentDiagnostic> AllDiagnostics =>
        _documents.Keys.SelectMany(DiagnosticsOf).Concat(_crossDocument.Select(ContentDiagnostic.From)).Distinct();

    /// <summary>What only all documents together show (put in the compiler's format when asked for: most are the same on every update).</summary>
    private IReadOnlyList<DiagnosticInfo> _crossDocument = [];

    /// <summary>What the checks of what staticnews.yml names report (<c>lead:</c>), at its lines.</summary>
    public IEnumerable<ContentDiagnostic> ConfigDiagnostics => _crossDocument.Where(d => d.Location.FilePath == _configFile).Select(ContentDiagnostic.From);

    /// <summary>
    /// How many articles the last change made anew: those of the documents it parsed again (or whose slug it changed),
    /// and, when it made or removed any, those that name related articles (<see cref="Article.Related"/> is kept once
    /// read). Every other article is the same object as before, so what the render keeps of it stays valid.
    /// </summary>
    public int ArticlesMade { get; private set; }

    /// <summary>
    /// Whether the last change only edited articles where they stand: the same articles, names, dates, tags and links in
    /// the same order, some with new bodies or words (<see cref="ContentCompiler.Replace"/>), so nothing else was compiled.
    /// </summary>
    public bool LastUpdateInPlace { get; private set; }

    /// <summary>
    /// Whether the last change compiled every document again. Documents that come, go or change their names, dates or
    /// tags are taken into the last content (<see cref="ContentCompiler.Update"/>) when they clash with no other.
    /// </summary>
    public bool LastUpdateCompiledAll { get; private set; }

    /// <summary>How many times the documents folder was listed after the start: only for a change the paths alone do not
    /// tell (<see cref="DocumentChange"/>); editing, adding or deleting documents beside known ones lists none.</summary>
    public int FolderListings { get; private set; }

    /// <summary>The documents whose latest version is broken and not served (their previous version is).</summary>
    public IReadOnlyCollection<string> BrokenDocuments => _broken.Keys;

    /// <summary>
    /// Takes in a burst of changed documents: each one that exists is parsed again, one that is gone is removed, and a
    /// document the folder holds that was not known is added (a new file, or the files of a folder moved in). Returns
    /// what the documents it touched now report, for the terminal and the browser.
    /// </summary>
    public IReadOnlyList<ContentDiagnostic> Update(IEnumerable<string> changedPaths)
    {
        var changed = changedPaths.ToList();
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        var selection = DocumentSelection.FromConfig(_configText);
        bool IsKnownFolder(string folder) => folder == DocumentsFolder || _documentsPerFolder.ContainsKey(folder);
        var changes = changed.Select(path => (Path: path, Kind: DocumentChange.Of(path, DocumentsFolder, selection, _documents.Keys, IsKnownFolder))).ToList();
        var documentsAddedOrRemoved = false;
        var change = new ArticleChange();
        if (changes.All(change => change.Kind is not null))
        {
            // Files edited, added beside known documents or deleted: each is taken by its path, the folder is not listed.
            foreach (var (path, kind) in changes)
            {
                if (kind is DocumentChangeKind.Edited or DocumentChangeKind.Added)
                {
                    touched.Add(path);
                }
                else if (kind is DocumentChangeKind.Removed)
                {
                    change.Gone(RemoveDocument(path));
                }
                documentsAddedOrRemoved |= kind is DocumentChangeKind.Added or DocumentChangeKind.Removed;
            }
        }
        else
        {
            FolderListings++;
            documentsAddedOrRemoved = true;
            var onDisk = DocumentFiles.List(DocumentsFolder, selection).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _documents.Keys.Where(path => !onDisk.Contains(path)).ToList())
            {
                change.Gone(RemoveDocument(gone));
            }
            foreach (var path in changed.Where(onDisk.Contains).Concat(onDisk.Where(path => !_documents.ContainsKey(path))))
            {
                touched.Add(path);
            }
        }
        foreach (var path in touched)
        {
            var result = Parse(path);
            _documents.TryGetValue(path, out var previous);
            if (previous is not null && Breaks(result, previous))
            {
                _broken[path] = result;
            }
            else
            {
                SetDocument(path, result);
                _broken.Remove(path);
            }
            change.Replaced(previous, _documents[path]);
        }
        Compile(change, inPlace: !documentsAddedOrRemoved);
        return touched.SelectMany(DiagnosticsOf).Concat(_crossDocument.Where(d => touched.Contains(d.Location.FilePath)).Select(ContentDiagnostic.From)).Distinct().ToList();
    }

    /// <summary>
    /// staticnews.yml changed: read again. Every document is parsed again only when what parsing takes from it
    /// (boilerplate patterns, time zone) changed; the documents folder is listed again when <c>documents:</c> moved.
    /// Returns true when the content changed.
    /// </summary>
    public bool ReloadConfig()
    {
        var before = (_options, DocumentsFolder, Excluded());
        var lead = (_config.Lead, _config.LeadLocation);
        var lockBefore = _urlLock;
        _options = ReadOptions();
        DocumentsFolder = ReadDocumentsFolder();
        if (before == (_options, DocumentsFolder, Excluded()))
        {
            if (!lockBefore.Equals(_urlLock))
            {
                Compile();
                return true;
            }
            if (lead != (_config.Lead, _config.LeadLocation))
            {
                // The articles are the same; what staticnews.yml names of them is checked again.
                Compile();
            }
            return false;
        }
        _documents.Clear();
        _relating.Clear();
        _documentsPerFolder.Clear();
        _broken.Clear();
        ParseAll(DocumentFiles.List(DocumentsFolder, DocumentSelection.FromConfig(_configText)));
        Compile();
        return true;
    }

    /// <summary>What the document reports now: its latest version's problems, even when that version is not served.</summary>
    private IEnumerable<ContentDiagnostic> DiagnosticsOf(string path) =>
        (_broken.TryGetValue(path, out var broken) ? broken : _documents.TryGetValue(path, out var served) ? served : null)?.Diagnostics
            .Select(ContentDiagnostic.From) ?? [];

    /// <summary>A document that now only redirects is whole: it is no article any more, but a redirect.</summary>
    private static bool Breaks(ParseResult result, ParseResult previous) =>
        previous.Article is not null
        && ((result.Article is null && result.Redirect is null) || BreakingIds.Any(id => Has(result, id) && !Has(previous, id)));

    private static bool Has(ParseResult result, string id) => result.Diagnostics.Any(d => d.Descriptor.Id == id);

    /// <summary>Every document of the folder, on every core: each parse depends on its own text and the options only.</summary>
    private void ParseAll(List<string> paths)
    {
        foreach (var (path, result) in paths.AsParallel().AsOrdered().Select(path => (path, Parse(path))).ToList())
        {
            SetDocument(path, result);
        }
    }

    private void SetDocument(string path, ParseResult result)
    {
        if (_documents.TryGetValue(path, out var replaced) && replaced.Article is { } was)
        {
            _relating.Remove(was);
        }
        if (result.Article is { Metadata.Related.IsEmpty: false } relating)
        {
            _relating.Add(relating);
        }
        if (_documents.TryAdd(path, result))
        {
            var folder = Path.GetDirectoryName(path)!;
            _documentsPerFolder[folder] = _documentsPerFolder.GetValueOrDefault(folder) + 1;
            return;
        }
        _documents[path] = result;
    }

    /// <summary>Forgets a document; returns what it was, or null when it was not known.</summary>
    private ParseResult? RemoveDocument(string path)
    {
        _broken.Remove(path);
        if (!_documents.TryGetValue(path, out var removed))
        {
            return null;
        }
        _documents.Remove(path);
        if (removed.Article is { } article)
        {
            _relating.Remove(article);
        }
        var folder = Path.GetDirectoryName(path)!;
        if (--_documentsPerFolder[folder] == 0)
        {
            _documentsPerFolder.Remove(folder);
        }
        return removed;
    }

    private ParseResult Parse(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Being written or gone meanwhile: the next event for it brings it back.
            return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }
        return ContentCompiler.Parse(path, DocumentText.Decode(bytes), _options);
    }

    /// <param name="change">What the documents' articles were before and are now; null when the config changed (compile every document).</param>
    /// <param name="inPlace">No document came or went: the change may only have edited articles where they stand.</param>
    private void Compile(ArticleChange? change = null, bool inPlace = false)
    {
        var now = DateTimeOffset.UtcNow;
        if (change is not null && _compiled is not null)
        {
            if (inPlace && change.Edits is { } edits && ContentCompiler.Replace(_compiled, edits, now) is { } edited)
            {
                ReplaceArticles(edited, edits.ToDictionary(edit => edit.After, edit => edit.Before, (IEqualityComparer<ArticleDocument>)ReferenceEqualityComparer.Instance));
                return;
            }
            if (change.OnlyArticles && ContentCompiler.Update(_compiled, change.Removed, change.Added, now) is { } updated)
            {
                Take(updated, compiledAll: false);
                return;
            }
        }
        Take(ContentCompiler.Compile(_documents.Values.Select(result => result.Article).OfType<ArticleDocument>(),
            includeDrafts: false, now, permalink: _options.Permalink,
            redirects: _documents.Values.Select(result => result.Redirect).OfType<RedirectDocument>(), config: _config, language: _language,
            urlLock: _urlLock, pages: _documents.Values.Select(result => result.Page).OfType<PageDocument>()), compiledAll: true);
    }

    /// <summary>The content of a compile (or an update of the last one), its articles made where they are not the ones already made.</summary>
    private void Take(CompiledContent compiled, bool compiledAll)
    {
        LastUpdateInPlace = false;
        LastUpdateCompiledAll = compiledAll;
        var published = compiled.Published;
        var (previous, gone) = KeptArticles.Match(_compiled?.Published ?? [], _articles, published, _made);
        _compiled = compiled;
        Pages = (compiled.Pages ?? []).Select(MakePage).ToList();
        var keptCount = previous.Count(article => article is not null);
        var changed = keptCount != published.Count || keptCount != _made.Count;
        // The last maps, copied (a page rendered on request may read them meanwhile) and mended where articles changed.
        var made = new Dictionary<ArticleDocument, LiveArticle>(_made, ReferenceEqualityComparer.Instance);
        var bySlug = new Dictionary<string, Article>(_bySlug, StringComparer.Ordinal);
        var articles = new List<LiveArticle>(published.Count);
        var remade = new HashSet<ArticleDocument>(ReferenceEqualityComparer.Instance);
        var remadeOfKnown = 0;
        ArticlesMade = 0;
        for (var i = 0; i < published.Count; i++)
        {
            var named = published[i];
            var article = previous[i] is { } kept && !(changed && _relating.Count > 0 && _relating.Contains(named.Article)) ? kept : Make(named);
            if (!ReferenceEquals(article, previous[i]))
            {
                remade.Add(named.Article);
                if (made.TryGetValue(named.Article, out var before))
                {
                    Forget(bySlug, before);
                    remadeOfKnown++;
                }
                made[named.Article] = article;
                bySlug[article.Slug] = article;
            }
            articles.Add(article);
        }
        foreach (var document in gone)
        {
            if (made.Remove(document, out var article))
            {
                Forget(bySlug, article);
            }
        }
        // A guard: the documents gone are the ones the match above found, unless the last maps and lists disagreed.
        if (made.Count != published.Count)
        {
            var kept = new HashSet<ArticleDocument>(published.Select(named => named.Article), ReferenceEqualityComparer.Instance);
            foreach (var (document, article) in made.Where(entry => !kept.Contains(entry.Key)).ToList())
            {
                made.Remove(document);
                Forget(bySlug, article);
            }
        }
        (_made, _bySlug) = (made, bySlug);
        _articles = articles;
        // A tag with the same name and the same documents, none of their articles made again, is the tag it was.
        var lastTags = _tags.ToDictionary(tag => tag.Compiled.Slug, StringComparer.Ordinal);
        bool Same(CompiledTag tag, CompiledTag last)
        {
            // The same documents, none of which had its article made again (a new document's article is in new tags only).
            if (ReferenceEquals(tag, last) && remadeOfKnown == 0)
            {
                return true;
            }
            if (!ReferenceEquals(tag, last) && (tag.Name != last.Name || tag.Articles.Count != last.Articles.Count))
            {
                return false;
            }
            for (var i = 0; i < tag.Articles.Count; i++)
            {
                // A document the last tag held was known: made again only if a known one was (asking costs a call into the runtime per article).
                if (!ReferenceEquals(tag.Articles[i].Article, last.Articles[i].Article) || (remadeOfKnown > 0 && remade.Contains(tag.Articles[i].Article)))
                {
                    return false;
                }
            }
            return true;
        }
        _tags = compiled.Tags
            .Select(tag => lastTags.TryGetValue(tag.Slug, out var last) && Same(tag, last.Compiled)
                ? (tag, last.Tag)
                : (tag, new Tag(tag.Name, tag.Slug, tag.Articles.Select(named => (Article)made[named.Article]).ToList())))
            .ToList();
        Tags = _tags.Select(tag => tag.Tag).ToList();
        Redirects = compiled.Redirects.Select(page => new Redirect(page.SourcePath, page.Path, page.Target, page.Title)).ToList();
        _crossDocument = compiled.Diagnostics;
    }

    /// <summary>
    /// Articles edited in place (<see cref="ContentCompiler.Replace"/>): each edited published one is made anew, and so
    /// is each article that names one of them as related (it keeps the article it found); the others stay the same
    /// objects, in the same places.
    /// </summary>
    /// <param name="edited">Each edited document's article after the edit, with the one before.</param>
    private void ReplaceArticles(CompiledContent compiled, Dictionary<ArticleDocument, ArticleDocument> edited)
    {
        var before = _compiled!.Published;
        var published = compiled.Published;
        if (before.Count != published.Count || Articles.Count != published.Count || _tags.Count != compiled.Tags.Count)
        {
            Take(compiled, compiledAll: false);
            return;
        }
        LastUpdateInPlace = true;
        LastUpdateCompiledAll = false;
        ArticlesMade = 0;
        // ContentCompiler.Replace keeps every other article the object it was, in its place: the edited ones are where
        // the two lists differ, found without reading any article.
        var places = new List<int>();
        for (var i = 0; i < published.Count; i++)
        {
            if (!ReferenceEquals(published[i], before[i]))
            {
                places.Add(i);
            }
        }
        var editedPlaces = places.Count;
        if (_relating.Count > 0)
        {
            var slugs = places.Select(i => published[i].Names.Slug).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < published.Count; i++)
            {
                if (ReferenceEquals(published[i], before[i]) && _relating.Contains(published[i].Article)
                    && published[i].Article.Metadata.Related.Any(reference => slugs.Contains(reference.Slug)))
                {
                    places.Add(i);
                }
            }
        }
        var articles = new List<LiveArticle>(_articles);
        var replaced = new Dictionary<Article, Article>(ReferenceEqualityComparer.Instance);
        foreach (var i in places)
        {
            var named = published[i];
            var article = Make(named);
            replaced[articles[i]] = article;
            articles[i] = article;
            _made.Remove(edited.GetValueOrDefault(named.Article) ?? named.Article);
            _made[named.Article] = article;
            _bySlug[article.Slug] = article;
        }
        _compiled = compiled;
        _articles = articles;
        // A tag Replace kept (no edited article in it) holds the same articles, unless one that names an edited one as
        // related was made again.
        var tags = new List<(CompiledTag Compiled, Tag Tag)>(compiled.Tags.Count);
        for (var t = 0; t < compiled.Tags.Count; t++)
        {
            var (tag, last) = (compiled.Tags[t], _tags[t].Tag);
            var same = ReferenceEquals(tag, _tags[t].Compiled) && places.Count == editedPlaces;
            tags.Add((tag, same || !last.Articles.Any(replaced.ContainsKey)
                ? last
                : new Tag(last.Name, last.Slug, last.Articles.Select(article => replaced.GetValueOrDefault(article) ?? article).ToList())));
        }
        _tags = tags;
        Tags = tags.Select(tag => tag.Tag).ToList();
    }

    /// <summary>Drops <paramref name="article"/>'s slug from <paramref name="bySlug"/> unless another article holds it now.</summary>
    private static void Forget(Dictionary<string, Article> bySlug, Article article)
    {
        if (bySlug.TryGetValue(article.Slug, out var holder) && ReferenceEquals(holder, article))
        {
            bySlug.Remove(article.Slug);
        }
    }

    private static Page MakePage(NamedPage named) => new(named.Page.SourcePath, named.Slug, named.Url, named.Page.Title, named.Page.Description,
        named.Page.Format == DocumentFormat.Markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText, named.Page.Language, named.Page.Body);

    private LiveArticle Make(NamedArticle named)
    {
        ArticlesMade++;
        return new LiveArticle(named, slug => _bySlug.GetValueOrDefault(slug), _names);
    }

    private GeneratorOptions ReadOptions()
    {
        _configText = File.Exists(_configFile) ? ReadText(_configFile) : "";
        var config = _config = _configText.Length == 0 && !File.Exists(_configFile) ? ConfigResult.Missing : ContentCompiler.ReadConfig(_configFile, _configText);
        _language = config.Language;
        var lockFile = Path.Combine(_root, UrlLockFile.FileName);
        _urlLock = File.Exists(lockFile) ? ContentCompiler.ReadLock(lockFile, Microsoft.CodeAnalysis.Text.SourceText.From(ReadText(lockFile))) : UrlLock.Empty;
        return ContentCompiler.Options(_root + Path.DirectorySeparatorChar, config, documentsFolder: ReadDocumentsFolder());
    }

    private string Excluded() => string.Join("\n", SiteConfigLoader.Load(_configText).Config.Exclude.Select(pattern => pattern.Value));

    private string ReadDocumentsFolder() => DocumentsFolderIn(_root, _configText);

    /// <summary>Where the documents of the repository at <paramref name="root"/> are, as <see cref="DocumentsFolder"/> says once they are read.</summary>
    public static string DocumentsFolderOf(string root)
    {
        var configFile = Path.Combine(Path.GetFullPath(root), SiteConfig.FileName);
        return DocumentsFolderIn(Path.GetFullPath(root), File.Exists(configFile) ? ReadText(configFile) : "");
    }

    private static string DocumentsFolderIn(string root, string configText)
    {
        var documents = "seeds";
        if (configText.Length > 0)
        {
            documents = SiteConfigLoader.Load(configText).Config.Documents?.Value ?? documents;
        }
        // Without a trailing separator ("documents: news/"), as the folders of documents it is compared with.
        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(root, documents)));
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
