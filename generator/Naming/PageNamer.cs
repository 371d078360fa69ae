using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Naming;

/// <summary>
/// Each published page's URL (<c>url:</c>, else "&lt;slug&gt;/") and its property's name in <c>Pages</c>, once the
/// articles are named: a URL an article has (or an old URL of one), or an earlier page (by source path), is taken (SN0037),
/// and the page takes its slug's URL, with "-2" and on until it is free; so is one staticnews.lock keeps for a removed
/// document (SN0054). Drafts are left out unless the build publishes them.
/// </summary>
public static class PageNamer
{
    /// <summary>Names no page's property may have: the class's own members.</summary>
    private static readonly HashSet<string> ClassMembers = new(StringComparer.Ordinal)
    {
        "All", "Pages", "Data", "Equals", "ReferenceEquals", "GetType", "GetHashCode", "ToString", "MemberwiseClone", "Finalize",
    };

    /// <param name="urlLock">staticnews.lock: a URL published for a document that no article has now is no page's either (SN0054).</param>
    public static PagesModel Name(string @namespace, ImmutableArray<PageDocument> pages, NamingResult articles, bool includeDrafts, UrlLock? urlLock = null)
    {
        if (pages.IsDefaultOrEmpty)
        {
            return new PagesModel(@namespace, EquatableArray<NamedPage>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var names in articles.Names)
        {
            owners[names.PagePath] = names.FilePath;
            foreach (var alias in names.Aliases)
            {
                owners[alias] = names.FilePath;
            }
        }
        var reserved = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (urlLock ?? UrlLock.Empty).Entries)
        {
            if (!owners.ContainsKey(entry.Url) && !reserved.ContainsKey(entry.Url))
            {
                reserved[entry.Url] = entry.SourcePath;
            }
        }
        var propertyNames = new HashSet<string>(ClassMembers, StringComparer.Ordinal);
        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var named = new List<NamedPage>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var page in pages.Where(p => includeDrafts || !p.Draft).OrderBy(p => p.SourcePath, StringComparer.Ordinal).ThenBy(p => p.FilePath, StringComparer.Ordinal))
        {
            var url = Claim(page, owners, reserved, slugs, diagnostics, out var slug);
            var name = page.ProposedName;
            for (var n = 2; !propertyNames.Add(name); n++)
            {
                name = page.ProposedName + n.ToString(CultureInfo.InvariantCulture);
            }
            named.Add(new NamedPage(page, slug, name, url));
        }
        return new PagesModel(@namespace, named.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>A page's own <c>url:</c> is deliberate and may take a reserved URL; its slug's URL may not.</summary>
    private static string Claim(PageDocument page, Dictionary<string, string> owners, Dictionary<string, string> reserved, HashSet<string> slugs,
        List<DiagnosticInfo> diagnostics, out string slug)
    {
        slug = page.ProposedSlug;
        if (page.OwnPath is { } own && !owners.ContainsKey(own))
        {
            owners[own] = page.SourcePath;
            slugs.Add(slug);
            return own;
        }
        var wanted = page.OwnPath ?? slug + "/";
        var url = slug + "/";
        for (var n = 2; owners.ContainsKey(url) || (page.OwnPath is null && reserved.ContainsKey(url)) || !slugs.Add(slug); n++)
        {
            slug = page.ProposedSlug + "-" + n.ToString(CultureInfo.InvariantCulture);
            url = slug + "/";
        }
        if (url != wanted && owners.TryGetValue(wanted, out var owner))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UrlTaken, page.TitleLocation, wanted, owner, "this page is published at '" + url + "'"));
        }
        else if (url != wanted && reserved.TryGetValue(wanted, out var removed))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UrlReservedByLock, page.TitleLocation, wanted, removed, url));
        }
        owners[url] = page.SourcePath;
        return url;
    }
}
