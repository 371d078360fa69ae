namespace StaticNews.Site.Views;

/// <summary>
/// Where a page sits, relative to the site's root: "" (the front page), "tags/politics/", "feed.xml". The one
/// place a page's file and URLs come from: the file is the path (a folder's is its index.html), the URLs are the
/// path after the base path or the base URL (<see cref="SiteView.UrlOf"/>).
/// </summary>
public readonly record struct SitePath(string Value)
{
    public static SitePath Root => new("");

    /// <summary>The path; read-only, as <see cref="OutputFile"/> is made from it.</summary>
    public string Value { get; } = Value;

    /// <summary>
    /// The file the page is written to, relative to the output folder. Made with the path: a preview's update asks it of
    /// every page at least twice (its place in the served site, its fingerprint), and an article's path lives on in its view.
    /// </summary>
    public string OutputFile { get; } = Value.Length == 0 || Value.EndsWith('/') ? Value + "index.html" : Value;

    /// <summary>A page under this folder: <c>Under("2/")</c> of "archive/" is "archive/2/".</summary>
    public SitePath Under(string relative) => new(Value + relative);

    /// <summary>Page <paramref name="number"/> of a list whose first page is this one: "tags/x/", "tags/x/page/2/", ...</summary>
    public SitePath PageOf(int number) => number == 1 ? this : Under($"page/{number}/");

    public override string ToString() => Value;
}
