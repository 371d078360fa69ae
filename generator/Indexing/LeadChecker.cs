using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Indexing;

/// <summary>
/// staticnews.yml's <c>lead:</c> checked against the articles at compile time: a slug that no article has, or one
/// that is not published (a draft, dated in the future, expired), is reported at its line of staticnews.yml.
/// </summary>
public static class LeadChecker
{
    public static EquatableArray<DiagnosticInfo> Check(ConfigResult config, ImmutableArray<IndexEntry> entries, IndexModel index) =>
        Check(config, entries, index.Published);

    /// <param name="published">Where the published articles live, as <see cref="IndexModel.Published"/> holds them.</param>
    public static EquatableArray<DiagnosticInfo> Check(ConfigResult config, IEnumerable<IndexEntry> entries, IEnumerable<ArticleReference> published)
    {
        if (config.Lead is not { } slug || config.LeadLocation is not { } location)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }
        var entry = entries.FirstOrDefault(e => e.Slug == slug);
        if (entry is null)
        {
            return EquatableArrayOf(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownLead, location, slug));
        }
        if (published.Contains(entry.Location))
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }
        var reason = entry.Draft ? "it is a draft" : "it is dated after the build's clock, or it has expired";
        return EquatableArrayOf(DiagnosticInfo.Create(DiagnosticDescriptors.LeadNotPublished, location, slug, reason));
    }

    private static EquatableArray<DiagnosticInfo> EquatableArrayOf(DiagnosticInfo diagnostic) => new[] { diagnostic }.ToEquatableArray();
}
