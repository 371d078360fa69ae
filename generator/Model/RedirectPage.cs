namespace StaticNews.Generator.Model;

/// <summary>
/// A page of this site that only sends the reader to another site: made for a document that only redirects there
/// (<see cref="RedirectDocument"/>). What the generated <c>Articles.Redirects</c> holds.
/// </summary>
/// <param name="SourcePath">The document's path, relative to the content root.</param>
/// <param name="Path">The page's path from the site's root ("2015/moved/", "old/post.html").</param>
/// <param name="Target">The absolute http(s) URL it leads to, as <see cref="System.Uri.AbsoluteUri"/> writes it (no quote, space or angle bracket).</param>
/// <param name="Title">The document's <c>title:</c>, if it has one.</param>
public sealed record RedirectPage(string SourcePath, string Path, string Target, string? Title);
