using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Naming;

/// <summary>
/// Makes slugs, class names and URLs unique across all documents: when two want one name, the first in
/// <see cref="ClaimOrder"/> keeps it and later ones get a suffix ("-2", "2"), the same on every build. Slugs and URLs
/// are compared ignoring case, because checkouts on Windows and macOS are case-insensitive. An article's URL is its own
/// <c>url:</c> when no earlier article has it, else the permalink pattern's; an old URL (alias) that is some article's
/// URL or an earlier alias is dropped with a warning, so no redirect page ever replaces a page.
/// </summary>
public static class NameAssigner
{
    /// <summary>
    /// Who wins a name: the article published first, then (same moment, or no date) the one whose source path sorts
    /// first (ordinal), undated articles after every dated one. A published URL must never move because another document
    /// arrived, and a newsroom publishes a new story after the ones already out, so the date protects the old URL where
    /// a path would not (a new file can sort anywhere). Only a document backdated before the existing article, or two
    /// undated documents, fall back to the path; a front-matter <c>slug:</c> pins a URL for good. The documents of
    /// staticnews.lock claim, in this order, before every other (<see cref="Assign"/>).
    /// </summary>
    public static IEnumerable<NamingRequest> ClaimOrder(IEnumerable<NamingRequest> requests) =>
        requests
            .OrderBy(r => r.Published is null)
            .ThenBy(r => r.Published?.UtcTicks ?? 0)
            .ThenBy(r => r.SourcePath, StringComparer.Ordinal)
            .ThenBy(r => r.FilePath, StringComparer.Ordinal);

    /// <summary>
    /// The class name the article asks for. A class cannot have a member named like itself (CS0542): when one of the
    /// article's custom fields has the class's name, the class takes the suffix reserved names take, and the field keeps
    /// the name of its key.
    /// </summary>
    internal static string WantedClassName(NamingRequest request)
    {
        var className = request.ProposedClassName;
        while (request.PropertyNames.Contains(className))
        {
            className += "Article";
        }
        return className;
    }

    /// <summary>The path the article's name gives it under the permalink pattern, before any clash.</summary>
    internal static string WantedPermalinkPath(NamingRequest request, string permalink) =>
        Permalink.Apply(permalink, request.ProposedSlug, request.Published, request.Section);

    /// <summary>The URL a redirect document asks for: its own <c>url:</c>, else its name's under the permalink pattern.</summary>
    internal static string WantedPath(RedirectDocument redirect, string permalink) =>
        redirect.OwnPath ?? Permalink.Apply(permalink, redirect.ProposedSlug, redirect.Published, redirect.Section);

    /// <param name="redirects">Documents that only redirect: each one's URL becomes an old URL of the article it leads to.</param>
    /// <param name="urlLock">staticnews.lock: the documents in it keep their URLs and claim them first (<see cref="LockedUrls"/>).</param>
    public static NamingResult Assign(ImmutableArray<NamingRequest> requests, string permalink = Permalink.Default,
        ImmutableArray<RedirectDocument> redirects = default, UrlLock? urlLock = null)
    {
        var locking = LockedUrls.Apply(requests, urlLock ?? UrlLock.Empty, permalink);
        var ordered = ClaimOrder(locking.Requests.Where(r => locking.Locked.Contains(r.FilePath)))
            .Concat(ClaimOrder(locking.Requests.Where(r => !locking.Locked.Contains(r.FilePath))))
            .ToList();
        var slugOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var classOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        var pathOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var assigned = new List<(NamingRequest Request, string Slug, string ClassName, string Path)>(requests.Length);
        var diagnostics = locking.Diagnostics;

        foreach (var request in ordered)
        {
            var slug = Claim(slugOwners, request.ProposedSlug, request.SourcePath, n => request.ProposedSlug + "-" + n);
            if (slug != request.ProposedSlug)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSlug, request.TitleLocation,
                    request.ProposedSlug, slugOwners[request.ProposedSlug], slug));
            }

            var proposedClassName = WantedClassName(request);
            var className = Claim(classOwners, proposedClassName, request.SourcePath, n => proposedClassName + n, request.PropertyNames);
            if (className != proposedClassName)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateClassName, request.TitleLocation,
                    proposedClassName, classOwners[proposedClassName], className));
            }

            var path = ClaimPath(pathOwners, request, ref slug, slugOwners, permalink, diagnostics, locking.Reserved);
            assigned.Add((request, slug, className, path));
        }

        var aliases = ClaimAliases(assigned.Select(a => a.Request), pathOwners, diagnostics);
        var redirectPages = AddRedirects(redirects.IsDefault ? ImmutableArray<RedirectDocument>.Empty : redirects,
            assigned.ToDictionary(a => a.Path, a => a.Request.FilePath, StringComparer.OrdinalIgnoreCase), aliases, permalink, diagnostics);

        // Where each article lives is decided after the names (ArticlePartitioner.Place).
        var names = assigned.Select(a => new ArticleNames(a.Request.FilePath, a.Slug, a.ClassName, default,
            a.Path == ArticleNames.DefaultPath(a.Slug) ? null : a.Path, aliases[a.Request.FilePath]));
        return new NamingResult(names.ToEquatableArray(), diagnostics.ToEquatableArray(), redirectPages.ToEquatableArray());
    }

    /// <summary>
    /// The article's own <c>url:</c> when it is free, else the permalink's path. That path holds the (unique) slug, so it
    /// is taken only by another article's own <c>url:</c>: then the slug takes a suffix until the path is free. A URL the
    /// lock reserves for a removed document goes to no name made from a title (a <c>slug:</c> takes it deliberately).
    /// </summary>
    private static string ClaimPath(Dictionary<string, string> owners, NamingRequest request, ref string slug,
        Dictionary<string, string> slugOwners, string permalink, List<DiagnosticInfo> diagnostics, Dictionary<string, string> reserved)
    {
        if (request.OwnPath is { } own)
        {
            if (!owners.ContainsKey(own))
            {
                owners[own] = request.SourcePath;
                return own;
            }
            var fallback = Permalink.Apply(permalink, slug, request.Published, request.Section);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UrlTaken, request.TitleLocation, own, owners[own],
                "this article is published at '" + fallback + "'"));
        }
        bool IsReserved(string candidate) => !request.ExplicitSlug && reserved.ContainsKey(candidate);
        var path = Permalink.Apply(permalink, slug, request.Published, request.Section);
        if (owners.ContainsKey(path) || IsReserved(path))
        {
            var taken = path;
            var proposed = slug;
            slugOwners.Remove(slug);
            for (var n = 2; owners.ContainsKey(path) || IsReserved(path) || slugOwners.ContainsKey(slug); n++)
            {
                slug = proposed + "-" + n.ToString(CultureInfo.InvariantCulture);
                path = Permalink.Apply(permalink, slug, request.Published, request.Section);
            }
            slugOwners[slug] = request.SourcePath;
            diagnostics.Add(owners.TryGetValue(taken, out var owner)
                ? DiagnosticInfo.Create(DiagnosticDescriptors.UrlTaken, request.TitleLocation, taken, owner, "this article is published at '" + path + "'")
                : DiagnosticInfo.Create(DiagnosticDescriptors.UrlReservedByLock, request.TitleLocation, taken, reserved[taken], path));
        }
        owners[path] = request.SourcePath;
        return path;
    }

    /// <summary>
    /// A document that only redirects takes its own URL after every article and old URL has taken theirs: when it leads
    /// to an article of this site, the URL joins that article's old URLs (a redirect page is made there, as for
    /// <c>aliases:</c>); when it leads to another site, it becomes a <see cref="RedirectPage"/> there. One that leads
    /// to no article, or whose URL is taken, is reported where its <c>redirect_to:</c> is written.
    /// </summary>
    private static List<RedirectPage> AddRedirects(ImmutableArray<RedirectDocument> redirects, Dictionary<string, string> articleAt,
        Dictionary<string, EquatableArray<string>> aliases, string permalink, List<DiagnosticInfo> diagnostics)
    {
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in aliases)
        {
            foreach (var alias in pair.Value)
            {
                taken[alias] = pair.Key;
            }
        }
        var pages = new List<RedirectPage>();
        foreach (var redirect in redirects.OrderBy(r => r.SourcePath, StringComparer.Ordinal).ThenBy(r => r.FilePath, StringComparer.Ordinal))
        {
            var external = ExternalTarget.Of(redirect.Target);
            string? target = null;
            if (external is null && redirect.Target.Contains(":"))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RedirectNotMade, redirect.Location, redirect.Target, DiagnosticDescriptors.RedirectTargetInvalid));
                continue;
            }
            if (external is null && !articleAt.TryGetValue(redirect.Target, out target))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RedirectNotMade, redirect.Location, redirect.Target, DiagnosticDescriptors.RedirectToNoArticle));
                continue;
            }
            var own = WantedPath(redirect, permalink);
            var owner = articleAt.TryGetValue(own, out var article) ? article : taken.TryGetValue(own, out var other) ? other : null;
            if (owner is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UrlTaken, redirect.Location, own, owner, "no redirect page is made for this document"));
                continue;
            }
            if (external is not null)
            {
                taken[own] = redirect.SourcePath;
                pages.Add(new RedirectPage(redirect.SourcePath, own, external, redirect.Title));
                continue;
            }
            taken[own] = target!;
            aliases[target!] = aliases[target!].Concat(new[] { own }).ToEquatableArray();
        }
        return pages;
    }

    /// <summary>Each article's old URLs, in claim order: one that is an article's URL or an earlier alias is reported where it is written, and dropped.</summary>
    private static Dictionary<string, EquatableArray<string>> ClaimAliases(IEnumerable<NamingRequest> ordered, Dictionary<string, string> pathOwners,
        List<DiagnosticInfo> diagnostics)
    {
        var aliasOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, EquatableArray<string>>(StringComparer.Ordinal);
        foreach (var request in ordered)
        {
            var kept = new List<string>();
            foreach (var alias in request.Aliases)
            {
                var owner = pathOwners.TryGetValue(alias.Path, out var page) ? page : aliasOwners.TryGetValue(alias.Path, out var other) ? other : null;
                if (owner is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UrlTaken, alias.Location, alias.Path, owner,
                        "no redirect page is made for this old URL"));
                    continue;
                }
                aliasOwners[alias.Path] = request.SourcePath;
                kept.Add(alias.Path);
            }
            result[request.FilePath] = kept.ToEquatableArray();
        }
        return result;
    }

    private static string Claim(Dictionary<string, string> owners, string proposed, string owner, Func<string, string> withSuffix,
        EquatableArray<string> alsoTaken = default)
    {
        var candidate = proposed;
        for (var n = 2; owners.ContainsKey(candidate) || alsoTaken.Contains(candidate); n++)
        {
            candidate = withSuffix(n.ToString(CultureInfo.InvariantCulture));
        }
        owners[candidate] = owner;
        return candidate;
    }
}
