namespace StaticNews.Site.Images;

/// <summary>An image a Markdown body shows: its URL as written (a Markdown image's, or a raw HTML img's src) and its line in the body (from 0).</summary>
public sealed record BodyImageReference(string Url, int BodyLine)
{
    /// <summary>
    /// The form a URL is looked up by, whichever way it reached the page: Markdig percent-encodes what it writes, an
    /// HTML parser decodes entities, and browsers read a backslash as a slash.
    /// </summary>
    public static string KeyOf(string url)
    {
        var path = url.Split('#', '?')[0];
        try
        {
            path = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
        }
        return path.Replace('\\', '/');
    }
}
