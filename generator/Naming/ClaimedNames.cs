using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Naming;

/// <summary>
/// The names each article holds and each document asked for, kept beside a compile so that an article can come or go
/// without naming every article again (<see cref="Content.ContentCompiler.Update"/>). An article comes in with the
/// names it asks for when no other document holds or asked for any of them; one goes with its names when it held the
/// names it asked for and no other document asked for any of them, nor for one they would give with a suffix. Either
/// way every other article keeps its names and its diagnostics, as <see cref="NameAssigner.Assign"/> over all documents
/// would decide; in any other case the caller names every article again.
/// </summary>
internal sealed class ClaimedNames
{
    private readonly string _permalink;

    /// <summary>The documents staticnews.lock names: they claim first, and their going reserves their URLs.</summary>
    private readonly HashSet<string> _lockedSources;

    private readonly Dictionary<string, string> _reserved;

    /// <summary>The URLs redirect documents ask for and lead to: an article there would change what they make.</summary>
    private readonly HashSet<string> _redirectPaths;

    /// <summary>What a suffixed slug or class name was made from ("foo" of "foo-2"): freeing "foo-3" could move it.</summary>
    private readonly HashSet<string> _contestedSlugs;

    private readonly HashSet<string> _contestedClasses;

    /// <summary>How many articles hold or asked for each slug, class name and URL (pages and old URLs alike).</summary>
    private readonly Dictionary<string, int> _slugs;

    private readonly Dictionary<string, int> _classes;
    private readonly Dictionary<string, int> _paths;

    private ClaimedNames(ClaimedNames other)
    {
        (_permalink, _lockedSources, _reserved, _redirectPaths, _contestedSlugs, _contestedClasses) =
            (other._permalink, other._lockedSources, other._reserved, other._redirectPaths, other._contestedSlugs, other._contestedClasses);
        _slugs = new Dictionary<string, int>(other._slugs, other._slugs.Comparer);
        _classes = new Dictionary<string, int>(other._classes, other._classes.Comparer);
        _paths = new Dictionary<string, int>(other._paths, other._paths.Comparer);
    }

    private ClaimedNames(string permalink, UrlLock urlLock, ImmutableArray<RedirectDocument> redirects, Dictionary<string, string> reserved)
    {
        _permalink = permalink;
        _lockedSources = new HashSet<string>(urlLock.Entries.Select(entry => entry.SourcePath), StringComparer.Ordinal);
        _reserved = reserved;
        _redirectPaths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var redirect in redirects)
        {
            _redirectPaths.Add(NameAssigner.WantedPath(redirect, permalink));
            _redirectPaths.Add(redirect.Target);
        }
        _contestedSlugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        _contestedClasses = new HashSet<string>(StringComparer.Ordinal);
        _slugs = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _classes = new Dictionary<string, int>(StringComparer.Ordinal);
        _paths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The claims of a naming over all documents: <paramref name="requests"/> as naming took them, <paramref name="naming"/> what it gave.</summary>
    public static ClaimedNames Of(ImmutableArray<NamingRequest> requests, NamingResult naming, string permalink,
        ImmutableArray<RedirectDocument> redirects, UrlLock urlLock)
    {
        var locking = LockedUrls.Apply(requests, urlLock, permalink);
        var claims = new ClaimedNames(permalink, urlLock, redirects.IsDefault ? ImmutableArray<RedirectDocument>.Empty : redirects, locking.Reserved);
        foreach (var request in locking.Requests)
        {
            if (naming.For(request.FilePath) is not { } names)
            {
                continue;
            }
            if (!string.Equals(names.Slug, request.ProposedSlug, StringComparison.OrdinalIgnoreCase))
            {
                claims._contestedSlugs.Add(request.ProposedSlug);
            }
            var wantedClass = NameAssigner.WantedClassName(request);
            if (names.ClassName != wantedClass)
            {
                claims._contestedClasses.Add(wantedClass);
            }
            claims.Count(request, names, +1);
        }
        return claims;
    }

    public ClaimedNames Clone() => new(this);

    /// <summary>
    /// The names of an article that comes in, when it can have the ones it asks for and no other document holds or
    /// asked for any of them (then taken here); null when naming every article again could decide otherwise.
    /// </summary>
    public ArticleNames? Admit(NamingRequest request)
    {
        if (_lockedSources.Contains(request.SourcePath))
        {
            return null;
        }
        var names = Wanted(request);
        var aliases = request.Aliases.Select(alias => alias.Path).ToList();
        if (_slugs.ContainsKey(names.Slug) || _classes.ContainsKey(names.ClassName) || _reserved.ContainsKey(names.PagePath)
            || aliases.Distinct(StringComparer.OrdinalIgnoreCase).Count() != aliases.Count || aliases.Contains(names.PagePath, StringComparer.OrdinalIgnoreCase)
            || PathsOf(request, names).Any(path => _paths.ContainsKey(path) || _redirectPaths.Contains(path)))
        {
            return null;
        }
        Count(request, names, +1);
        return names;
    }

    /// <summary>
    /// Whether an article that goes (with the names <paramref name="names"/> it was given) frees names no other document
    /// wants: then its claims are dropped here. False when naming every article again could give another one its names.
    /// </summary>
    public bool Release(NamingRequest request, ArticleNames names)
    {
        var wanted = Wanted(request);
        if (_lockedSources.Contains(request.SourcePath)
            || !string.Equals(names.Slug, wanted.Slug, StringComparison.Ordinal) || names.ClassName != wanted.ClassName
            || !string.Equals(names.PagePath, wanted.PagePath, StringComparison.Ordinal)
            || !names.Aliases.SequenceEqual(wanted.Aliases)
            // A URL of its own that goes could be the one a suffixed slug's permalink skipped.
            || (request.OwnPath is not null && _contestedSlugs.Count > 0)
            || SuffixOf(names.Slug, _contestedSlugs, dash: true) || SuffixOf(names.ClassName, _contestedClasses, dash: false))
        {
            return false;
        }
        Count(request, names, -1);
        if (_slugs.ContainsKey(names.Slug) || _classes.ContainsKey(names.ClassName)
            || PathsOf(request, names).Any(path => _paths.ContainsKey(path) || _redirectPaths.Contains(path)))
        {
            Count(request, names, +1);
            return false;
        }
        return true;
    }

    /// <summary>The names the request asks for, its old URLs all kept; the place is decided after (<see cref="Indexing.ArticlePartitioner"/>).</summary>
    private ArticleNames Wanted(NamingRequest request)
    {
        var path = request.OwnPath ?? NameAssigner.WantedPermalinkPath(request, _permalink);
        return new ArticleNames(request.FilePath, request.ProposedSlug, NameAssigner.WantedClassName(request), default,
            path == ArticleNames.DefaultPath(request.ProposedSlug) ? null : path, request.Aliases.Select(alias => alias.Path).ToEquatableArray());
    }

    /// <summary>Every URL an article holds or asked for: its page's, its own <c>url:</c>, its name's permalink, its old URLs.</summary>
    private IEnumerable<string> PathsOf(NamingRequest request, ArticleNames names)
    {
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { names.PagePath, NameAssigner.WantedPermalinkPath(request, _permalink) };
        if (request.OwnPath is { } own)
        {
            paths.Add(own);
        }
        foreach (var alias in request.Aliases)
        {
            paths.Add(alias.Path);
        }
        foreach (var alias in names.Aliases)
        {
            paths.Add(alias);
        }
        return paths;
    }

    private void Count(NamingRequest request, ArticleNames names, int by)
    {
        foreach (var slug in new HashSet<string>(StringComparer.OrdinalIgnoreCase) { names.Slug, request.ProposedSlug })
        {
            Add(_slugs, slug, by);
        }
        foreach (var className in new HashSet<string>(StringComparer.Ordinal) { names.ClassName, NameAssigner.WantedClassName(request) })
        {
            Add(_classes, className, by);
        }
        foreach (var path in PathsOf(request, names))
        {
            Add(_paths, path, by);
        }
    }

    private static void Add(Dictionary<string, int> counts, string key, int by)
    {
        var count = counts.TryGetValue(key, out var current) ? current + by : by;
        if (count > 0)
        {
            counts[key] = count;
        }
        else
        {
            counts.Remove(key);
        }
    }

    /// <summary>Whether <paramref name="name"/> is one of the names a contested one takes with a suffix (<c>-2</c> for slugs, <c>2</c> for classes).</summary>
    private static bool SuffixOf(string name, HashSet<string> contested, bool dash)
    {
        var end = name.Length;
        while (end > 0 && char.IsDigit(name[end - 1]))
        {
            end--;
            var stem = dash ? (end > 0 && name[end - 1] == '-' ? name.Substring(0, end - 1) : null) : name.Substring(0, end);
            if (stem is not null && end < name.Length && contested.Contains(stem))
            {
                return true;
            }
        }
        return false;
    }
}
