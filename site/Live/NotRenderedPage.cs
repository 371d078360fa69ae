using System.Net;
using System.Text;

namespace StaticNews.Site.Live;

/// <summary>What the preview serves for a page whose render, when it was asked for, failed: the problem, in the page's place.</summary>
public static class NotRenderedPage
{
    public static byte[] Of(string sitePath, string problem) => Encoding.UTF8.GetBytes(
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Not rendered: {WebUtility.HtmlEncode(sitePath)}</title></head>\n" +
        $"<body>\n<h1>This page could not be rendered</h1>\n<pre>{WebUtility.HtmlEncode(problem)}</pre>\n</body>\n</html>\n");
}
