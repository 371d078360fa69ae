using System.Text;
using Microsoft.AspNetCore.Http;

namespace StaticNews.Site.Serving;

/// <summary>
/// Serves the site the way GitHub Pages does: "/dir/" is "/dir/index.html", "/dir" redirects to "/dir/" when that is
/// a page, an unknown path gets 404.html with status 404, and only the site's own files are reachable
/// (<see cref="IServedSite"/>). HTML responses get the live-reload script when watching, and the preview's problems as
/// an overlay when it has any (never in built output).
/// </summary>
public sealed class StaticFileHandler(IServedSite site, string basePath, bool injectReload, Func<IReadOnlyList<string>>? overlay = null)
{
    public const string EventsPath = "/__staticnews/events";

    private const string ReloadScript =
        "<script>new EventSource(\"" + EventsPath + "\").onmessage = () => location.reload();</script>";

    /// <summary>A site in a folder on disk.</summary>
    public StaticFileHandler(string siteDirectory, string basePath, bool injectReload, Func<IReadOnlyList<string>>? overlay = null)
        : this(new FolderSite(siteDirectory), basePath, injectReload, overlay)
    {
    }

    public async Task HandleAsync(HttpContext context)
    {
        var file = Resolve(context.Request.Path.Value ?? "/");
        if (file is null && context.Request.Path.Value is { } requested && !requested.EndsWith('/') && Resolve(requested + "/") is not null)
        {
            context.Response.Redirect(requested + "/");
            return;
        }

        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            file = site.Find("404.html");
            if (file is null)
            {
                context.Response.StatusCode = status;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = file.ContentType;
        context.Response.Headers.CacheControl = "no-cache";
        if (injectReload && ContentTypes.IsHtml(file.ContentType))
        {
            var html = Encoding.UTF8.GetString(file.Content);
            var injected = ProblemOverlay.Html(overlay?.Invoke() ?? []) + ReloadScript;
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            await context.Response.WriteAsync(at < 0 ? html + injected : html.Insert(at, injected));
            return;
        }
        context.Response.ContentLength = file.Content.Length;
        await context.Response.Body.WriteAsync(file.Content);
    }

    /// <summary>The file a request path stands for, or null when there is none (or the path is not under the base path).</summary>
    public ServedFile? Resolve(string requestPath)
    {
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal))
        {
            return null;
        }
        var relative = Uri.UnescapeDataString(requestPath[basePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        return site.Find(relative);
    }
}
