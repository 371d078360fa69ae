using Microsoft.AspNetCore.Http;
using StaticNews.Site.Loading;

namespace StaticNews.Site.Serving;

/// <summary>
/// Serves the built site the way GitHub Pages does: "/dir/" is "/dir/index.html", an unknown path gets
/// 404.html with status 404, nothing outside the site folder is reachable, not even through a link in it
/// (a <c>_site/etcdir -> /etc</c> serves no password file). HTML responses get the
/// live-reload script when watching, and the preview's problems as an overlay when it has any (never in built output).
/// </summary>
public sealed class StaticFileHandler(string siteDirectory, string basePath, bool injectReload, Func<IReadOnlyList<string>>? overlay = null)
{
    public const string EventsPath = "/__staticnews/events";

    private const string ReloadScript =
        "<script>new EventSource(\"" + EventsPath + "\").onmessage = () => location.reload();</script>";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".wasm"] = "application/wasm",
        [".pf_meta"] = "application/octet-stream",
        [".pf_fragment"] = "application/octet-stream",
        [".pf_index"] = "application/octet-stream",
        [".pagefind"] = "application/octet-stream",
    };

    private readonly string _root = Path.GetFullPath(siteDirectory);

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
            file = Path.Combine(_root, "404.html");
            if (!IsServable(file))
            {
                context.Response.StatusCode = status;
                return;
            }
        }

        context.Response.StatusCode = status;
        var extension = Path.GetExtension(file);
        context.Response.ContentType = ContentTypes.GetValueOrDefault(extension, "application/octet-stream");
        context.Response.Headers.CacheControl = "no-cache";
        if (injectReload && extension.Equals(".html", StringComparison.OrdinalIgnoreCase))
        {
            var html = await File.ReadAllTextAsync(file);
            var injected = ProblemOverlay.Html(overlay?.Invoke() ?? []) + ReloadScript;
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            await context.Response.WriteAsync(at < 0 ? html + injected : html.Insert(at, injected));
            return;
        }
        await context.Response.SendFileAsync(file);
    }

    /// <summary>The file a request path stands for, or null when there is none (or it would leave the site folder).</summary>
    public string? Resolve(string requestPath)
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
        var path = Path.GetFullPath(Path.Combine(_root, relative));
        return RealPath.IsUnder(_root, path) && IsServable(path) ? path : null;
    }

    /// <summary>
    /// A file that exists and really lies in the site folder. Resolved on every request: a rebuild may replace the
    /// folder (or what a link in it points at) while the server runs.
    /// </summary>
    private bool IsServable(string path) => File.Exists(path) && RealPath.IsInside(_root, path);
}
