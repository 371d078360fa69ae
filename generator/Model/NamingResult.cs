using System;
using System.Collections.Generic;

namespace StaticNews.Generator.Model;

/// <summary>
/// Unique names for every document, plus a diagnostic for each clash that had to be resolved, and the pages that send
/// the reader to another site (<see cref="RedirectPage"/>), which take their URLs with the articles'.
/// </summary>
public sealed record NamingResult(EquatableArray<ArticleNames> Names, EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<RedirectPage> Redirects = default)
{
    // A lookup built on first use; it is derived from Names, so equality ignores it.
    private Dictionary<string, ArticleNames>? _byPath;

    public ArticleNames? For(string filePath)
    {
        _byPath ??= BuildIndex();
        return _byPath.TryGetValue(filePath, out var names) ? names : null;
    }

    public bool Equals(NamingResult? other) =>
        other is not null && Names.Equals(other.Names) && Diagnostics.Equals(other.Diagnostics) && Redirects.Equals(other.Redirects);

    public override int GetHashCode() => unchecked((Names.GetHashCode() * 31 + Diagnostics.GetHashCode()) * 31 + Redirects.GetHashCode());

    private Dictionary<string, ArticleNames> BuildIndex()
    {
        var index = new Dictionary<string, ArticleNames>(StringComparer.Ordinal);
        foreach (var names in Names)
        {
            index[names.FilePath] = names;
        }
        return index;
    }
}
