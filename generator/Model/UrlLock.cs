using System;
using System.Collections.Generic;

namespace StaticNews.Generator.Model;

/// <summary>What staticnews.lock holds (the URL of every document ever published), and the problems of its lines.</summary>
public sealed record UrlLock(EquatableArray<LockedUrl> Entries, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly UrlLock Empty = new(EquatableArray<LockedUrl>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    // A lookup built on first use; it is derived from Entries, so equality ignores it.
    private Dictionary<string, LockedUrl>? _bySource;

    /// <summary>The locked URL of the document at <paramref name="sourcePath"/>, or null.</summary>
    public LockedUrl? For(string sourcePath)
    {
        if (_bySource is null)
        {
            var index = new Dictionary<string, LockedUrl>(StringComparer.Ordinal);
            foreach (var entry in Entries)
            {
                if (!index.ContainsKey(entry.SourcePath))
                {
                    index[entry.SourcePath] = entry;
                }
            }
            _bySource = index;
        }
        return _bySource.TryGetValue(sourcePath, out var locked) ? locked : null;
    }

    public bool Equals(UrlLock? other) =>
        other is not null && Entries.Equals(other.Entries) && Diagnostics.Equals(other.Diagnostics);

    public override int GetHashCode() => unchecked(Entries.GetHashCode() * 31 + Diagnostics.GetHashCode());
}
