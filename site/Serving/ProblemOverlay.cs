using System.Net;

namespace StaticNews.Site.Serving;

/// <summary>
/// The preview's problems over the page, as Vite and Hugo show theirs: one line each (SN code, file, line, message),
/// HTML-escaped; a click hides it. Injected into served pages only, never written into the site.
/// </summary>
public static class ProblemOverlay
{
    public const string ElementId = "staticnews-problems";

    public static string Html(IReadOnlyList<string> problems)
    {
        if (problems.Count == 0)
        {
            return "";
        }
        var lines = string.Join("\n", problems.Select(WebUtility.HtmlEncode));
        return $"<div id=\"{ElementId}\" role=\"alert\" onclick=\"this.remove()\" style=\"position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:50vh;overflow:auto;" +
            "margin:0;padding:1em;background:#1e1e1e;color:#ffb4a9;border-top:4px solid #e5484d;font:14px/1.5 ui-monospace,monospace;\">" +
            "<strong style=\"color:#fff\">StaticNews preview: the last change has problems (click to hide)</strong>" +
            $"<pre style=\"margin:.5em 0 0;white-space:pre-wrap\">{lines}</pre></div>";
    }
}
