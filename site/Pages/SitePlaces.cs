using StaticNews.Site.Images;
using StaticNews.Site.Search;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// The files of the site taken so far, and the folders the site fills itself, to place a document's page against
/// (an article, a page of pages/, a redirect). A page may not have the file of one (case aside: a file system that
/// ignores case has one file for both), lie in a folder where the site writes a file (an article at <c>/feed.xml/</c>
/// made the build fail: feed.xml cannot be a folder too), lie in a folder the site fills (assets/, images/,
/// search-index/), nor be a folder that holds one of the site's files. The site's own files come first: its pages
/// planned so far, and those it writes beside them (feeds, sitemaps, robots.txt, .nojekyll).
/// </summary>
public sealed class SitePlaces
{
    /// <summary>The file that tells GitHub Pages not to run Jekyll over the site.</summary>
    public const string NoJekyllFile = ".nojekyll";

    private readonly HashSet<string> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _filled = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _firsts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstsLookup;

    /// <summary>Every folder that holds a taken file, made when a page first needs it.</summary>
    private HashSet<string>? _folders;

    /// <param name="planned">The pages planned so far, whose files are taken.</param>
    public SitePlaces(SiteView site, IEnumerable<PageJob> planned)
    {
        _firstsLookup = _firsts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var folder in FilledFolders(site))
        {
            _filled.Add(folder);
            _firsts.Add(folder);
        }
        foreach (var path in FeedPages.RootFiles.Append(new SitePath(NoJekyllFile)).Concat(planned.Select(job => job.Path)))
        {
            Take(path);
        }
    }

    /// <summary>The folders the site fills with files it names itself: the assets, the pictures' copies, the search index.</summary>
    private static IEnumerable<string> FilledFolders(SiteView site) =>
        site.SearchEnabled ? [SiteView.AssetsFolder, ImageCopies.Folder, SearchIndexer.Folder] : [SiteView.AssetsFolder, ImageCopies.Folder];

    /// <summary>What of the site's <paramref name="path"/>'s file would meet (a file, or a folder ending in '/'); null when its place is free.</summary>
    public string? ConflictOf(SitePath path)
    {
        // Everything the site has taken starts with one of these: a page elsewhere (every article, by default) meets none.
        if (!_firstsLookup.Contains(FirstSegmentOfFile(path)))
        {
            return null;
        }
        var file = path.OutputFile;
        if (_files.TryGetValue(file, out var same))
        {
            return same;
        }
        for (var slash = file.IndexOf('/'); slash >= 0; slash = file.IndexOf('/', slash + 1))
        {
            var folder = file[..slash];
            if (_files.TryGetValue(folder, out var taken))
            {
                return taken;
            }
            if (_filled.TryGetValue(folder, out var filled))
            {
                return filled + "/";
            }
        }
        return Folders().Contains(file) ? file + "/" : null;
    }

    /// <summary>Takes <paramref name="path"/>'s file when its place is free; otherwise returns what it would meet.</summary>
    public string? TryTake(SitePath path)
    {
        if (ConflictOf(path) is { } conflict)
        {
            return conflict;
        }
        Take(path);
        return null;
    }

    private void Take(SitePath path)
    {
        var file = path.OutputFile;
        _files.Add(file);
        _firsts.Add(FirstSegmentOfFile(path).ToString());
        if (_folders is not null)
        {
            AddFoldersOf(file, _folders);
        }
    }

    private HashSet<string> Folders()
    {
        if (_folders is null)
        {
            _folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in _files)
            {
                AddFoldersOf(file, _folders);
            }
        }
        return _folders;
    }

    /// <summary>
    /// The first folder of the path's file, or the file itself when it lies at the root ("tags" of "tags/x/", "feed.xml"
    /// of itself, "index.html" of the front page), without making the file's path.
    /// </summary>
    private static ReadOnlySpan<char> FirstSegmentOfFile(SitePath path) =>
        path.Value.IndexOf('/') is var slash and >= 0 ? path.Value.AsSpan(0, slash) : path.Value.Length == 0 ? "index.html" : path.Value;

    private static void AddFoldersOf(string file, HashSet<string> folders)
    {
        for (var slash = file.IndexOf('/'); slash >= 0; slash = file.IndexOf('/', slash + 1))
        {
            folders.Add(file[..slash]);
        }
    }
}
