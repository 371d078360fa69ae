using StaticNews.Site.Pages;
using StaticNews.Site.Serving;
using StaticNews.Site.Views;

namespace StaticNews.Site.Live;

/// <summary>
/// The article pages an update served: for each, the view its job holds, its site path and its file, all made with one
/// set of renderers (one set of templates over one site). A page is its job rendered, so while its view is the very
/// same object and the renderers are the same, the page is the one served: the next whole update takes the path and
/// file as they are instead of making them again for each of 10,000 articles. The views are found where they stood
/// (<see cref="PlacesBefore"/>), never looked up one by one.
/// </summary>
internal sealed class ArticlePageFiles
{
    private readonly object? _renderers;
    private readonly ArticleView[] _views;
    private readonly string[] _paths;
    private readonly ServedFile[] _files;

    /// <param name="renderers">What the files were made with: the same object, or none of them is taken again.</param>
    public ArticlePageFiles(object? renderers, ArticleView[] views, string[] paths, ServedFile[] files)
    {
        (_renderers, _views, _paths, _files) = (renderers, views, paths, files);
    }

    public static ArticlePageFiles None { get; } = new(null, [], [], []);

    public int Count => _views.Length;

    public string PathAt(int index) => _paths[index];

    public ServedFile FileAt(int index) => _files[index];

    /// <returns>For each of <paramref name="views"/>, the index of its page here; -1 where it has none to take (a new view, or other renderers).</returns>
    public int[] PlacesOf(IReadOnlyList<ArticleView> views, object renderers) =>
        ReferenceEquals(renderers, _renderers) ? PlacesBefore.Of(_views, views) : Enumerable.Repeat(-1, views.Count).ToArray();
}
