using AngleSharp.Html.Parser;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>
/// Walks every HTML page of a built site and resolves each internal link, stylesheet, script and image
/// to a file in the output folder (and each #fragment to an id in that file), as a static host would.
/// </summary>
public static class LinkChecker
{
    public static List<string> BrokenLinks(string siteRoot, string baseUrl)
    {
        var baseUri = new Uri(baseUrl);
        var parser = new HtmlParser();
        var broken = new List<string>();
        var pages = Directory.EnumerateFiles(siteRoot, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (pages.Count == 0)
        {
            broken.Add("no HTML pages in " + siteRoot);
        }

        foreach (var page in pages)
        {
            var relative = Path.GetRelativePath(siteRoot, page).Replace('\\', '/');
            var pageUri = new Uri(baseUri, relative);
            var document = parser.ParseDocument(File.ReadAllText(page));
            var references = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!));

            foreach (var reference in references)
            {
                var target = new Uri(pageUri, reference);
                if (target.Host != baseUri.Host || target.Port != baseUri.Port || target.Scheme is not ("http" or "https"))
                {
                    continue;
                }
                var problem = Resolve(siteRoot, baseUri, target, parser);
                if (problem is not null)
                {
                    broken.Add($"{relative}: {reference} → {problem}");
                }
            }
        }
        return broken;
    }

    private static string? Resolve(string siteRoot, Uri baseUri, Uri target, HtmlParser parser)
    {
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(baseUri.AbsolutePath, StringComparison.Ordinal))
        {
            return $"outside the base path {baseUri.AbsolutePath}";
        }
        var file = path[baseUri.AbsolutePath.Length..];
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }
        var fullPath = Path.Combine(siteRoot, file);
        if (!File.Exists(fullPath))
        {
            return $"no file {file}";
        }
        var fragment = target.Fragment.TrimStart('#');
        if (fragment.Length > 0 && parser.ParseDocument(File.ReadAllText(fullPath)).GetElementById(Uri.UnescapeDataString(fragment)) is null)
        {
            return $"no element with id '{fragment}' in {file}";
        }
        return null;
    }
}
