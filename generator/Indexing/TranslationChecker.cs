using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Indexing;

/// <summary>
/// <c>translation_of:</c> checked against every article at compile time: a slug no other article has (or the article's
/// own, SN0050), one that is not published (SN0051), and a published edition in a language another edition of the
/// story has (SN0052, <see cref="TranslationGroups"/>), each reported at the line of <c>translation_of:</c>.
/// </summary>
public static class TranslationChecker
{
    public static EquatableArray<DiagnosticInfo> Check(ConfigResult config, ImmutableArray<TranslationEntry> entries, ImmutableArray<IndexEntry> indexEntries, IndexModel index) =>
        Check(config, entries, indexEntries, index.Published);

    /// <param name="publishedAt">Where the published articles live, as <see cref="IndexModel.Published"/> holds them.</param>
    public static EquatableArray<DiagnosticInfo> Check(ConfigResult config, ImmutableArray<TranslationEntry> entries, IEnumerable<IndexEntry> indexEntries,
        IEnumerable<ArticleReference> publishedAt)
    {
        if (!entries.Any(entry => entry.TranslationOf is not null))
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }
        var diagnostics = new List<DiagnosticInfo>();
        var published = new HashSet<ArticleReference>(publishedAt);
        var bySlug = new Dictionary<string, TranslationEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            bySlug[entry.Slug] = entry;
        }
        var drafts = new HashSet<string>(indexEntries.Where(e => e.Draft).Select(e => e.Slug), StringComparer.Ordinal);

        foreach (var entry in entries.OrderBy(e => e.SourcePath, StringComparer.Ordinal))
        {
            if (entry.TranslationOf is not { } original)
            {
                continue;
            }
            if (original.Slug == entry.Slug)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownTranslation, original.Location, original.Slug, DiagnosticDescriptors.TranslationOfItself));
            }
            else if (!bySlug.TryGetValue(original.Slug, out var target))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownTranslation, original.Location, original.Slug, DiagnosticDescriptors.TranslationSlugUnknown));
            }
            else if (!published.Contains(target.Location))
            {
                var reason = drafts.Contains(target.Slug) ? "it is a draft" : "it is dated after the build's clock, or it has expired";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TranslationNotPublished, original.Location, original.Slug, reason));
            }
        }

        var groups = TranslationGroups.Of(entries
            .Where(e => published.Contains(e.Location))
            .Select(e => new TranslationMember(e.Slug, e.Language ?? config.Language, e.TranslationOf?.Slug, e.Published)));
        foreach (var (edition, holder) in groups.LanguageTaken)
        {
            if (bySlug[edition.Slug].TranslationOf is { } line)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TranslationLanguageTaken, line.Location, edition.Language, holder.Slug));
            }
        }
        return diagnostics.ToEquatableArray();
    }
}
