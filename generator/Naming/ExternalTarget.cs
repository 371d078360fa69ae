using System;
using System.Linq;

namespace StaticNews.Generator.Naming;

/// <summary>
/// Where a redirect page may send a reader on another site: an absolute http(s) URL with a host and no user name
/// ("https://medium.com@evil.example/" is not medium.com), written as <see cref="Uri.AbsoluteUri"/> writes it, so no
/// quote, space or angle bracket stands in it. Anything else (javascript:, data:, a relative path) is none.
/// </summary>
public static class ExternalTarget
{
    public static string? Of(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.Host.Length == 0
            || uri.UserInfo.Length > 0)
        {
            return null;
        }
        var written = uri.AbsoluteUri;
        return written.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>') ? null : written;
    }
}
