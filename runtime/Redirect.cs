using System;
using System.Linq;
using StaticNews.Content.Data;

namespace StaticNews.Content;

/// <summary>
/// A page of the site that only sends the reader to another site: made for a document with nothing but
/// <c>redirect_to: https://...</c> (a post that moved to another host), so its old URL keeps working. Its
/// <see cref="Target"/> is an absolute http(s) URL, never a script or data address; its <see cref="Path"/> a path
/// within the site.
/// </summary>
public sealed class Redirect
{
    /// <summary>Creates a redirect; the generated <c>Articles.Redirects</c> are made from the generated data.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a path within the site, or <paramref name="target"/> not an absolute http(s) URL.</exception>
    public Redirect(string sourcePath, string path, string target, string? title = null)
    {
        SourcePath = sourcePath ?? throw new ArgumentNullException(nameof(sourcePath));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Target = target ?? throw new ArgumentNullException(nameof(target));
        if (!ArticleRecord.IsSitePath(path))
        {
            throw new ArgumentException($"The redirect's path '{path}' is not a path within the site (letters, digits, '-', '_', '.', '~' and '/', from the root, without '/' first).", nameof(path));
        }
        if (!IsHttpUrl(target))
        {
            throw new ArgumentException($"The redirect's target '{target}' is not an absolute http(s) URL.", nameof(target));
        }
        Title = title;
    }

    /// <summary>The document that asks for it, relative to the content root.</summary>
    public string SourcePath { get; }

    /// <summary>The page's path from the site's root ("2015/moved/", "old/post.html").</summary>
    public string Path { get; }

    /// <summary>The absolute http(s) URL the page leads to.</summary>
    public string Target { get; }

    /// <summary>The document's <c>title:</c>, if it has one.</summary>
    public string? Title { get; }

    /// <inheritdoc/>
    public override string ToString() => "/" + Path + " → " + Target;

    private static bool IsHttpUrl(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && !target.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>');
}
