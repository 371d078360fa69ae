using System;

namespace StaticNews.Generator.Model;

/// <summary>
/// A document that only redirects (<c>redirect_to:</c> and no body): no article, but a page at its own URL that sends
/// the reader on: an old URL of the article it leads to, or a <see cref="RedirectPage"/> to another site. Its URL is its
/// own <c>url:</c>, else the one its name would give an article (<paramref name="ProposedSlug"/> placed by the
/// permalink pattern).
/// </summary>
/// <param name="Target">An http(s) URL, or a site path (relative, "articles/new-post/").</param>
/// <param name="Location">Where <c>redirect_to:</c> is written.</param>
/// <param name="Title">Its <c>title:</c>, if it has one: what the page calls the place it leads to.</param>
public sealed record RedirectDocument(string FilePath, string SourcePath, string ProposedSlug, DateTimeOffset? Published, string? Section,
    string? OwnPath, string Target, LocationInfo Location, string? Title = null);
