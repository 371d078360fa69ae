using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Naming;

/// <summary>
/// What staticnews.lock changes in naming. A document with a line in it and no <c>slug:</c> or <c>url:</c> of its own
/// keeps the URL it was published at when its title (or the permalink's date or section) would move it: its slug is taken
/// back from that URL when the permalink places it there again, else the URL is its own as a <c>url:</c> is (SN0053, info,
/// at the title). The URLs of documents that are gone are reserved: no name of another article's title takes them.
/// </summary>
public static class LockedUrls
{
    /// <param name="Requests">The requests, a kept URL written in.</param>
    /// <param name="Locked">The documents with a line in the lock: they claim their names before the others.</param>
    /// <param name="Reserved">The URLs of documents in the lock that are no article now, with the document that had each.</param>
    public sealed record Result(ImmutableArray<NamingRequest> Requests, HashSet<string> Locked, Dictionary<string, string> Reserved,
        List<DiagnosticInfo> Diagnostics);

    public static Result Apply(ImmutableArray<NamingRequest> requests, UrlLock urlLock, string permalink)
    {
        var locked = new HashSet<string>(StringComparer.Ordinal);
        var diagnostics = new List<DiagnosticInfo>();
        if (urlLock.Entries.IsEmpty)
        {
            return new Result(requests, locked, new Dictionary<string, string>(), diagnostics);
        }
        var builder = ImmutableArray.CreateBuilder<NamingRequest>(requests.Length);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            present.Add(request.SourcePath);
            builder.Add(Keep(request, urlLock.For(request.SourcePath), permalink, locked, diagnostics));
        }
        var reserved = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in urlLock.Entries)
        {
            if (!present.Contains(entry.SourcePath) && !reserved.ContainsKey(entry.Url))
            {
                reserved[entry.Url] = entry.SourcePath;
            }
        }
        return new Result(builder.MoveToImmutable(), locked, reserved, diagnostics);
    }

    private static NamingRequest Keep(NamingRequest request, LockedUrl? entry, string permalink, HashSet<string> locked, List<DiagnosticInfo> diagnostics)
    {
        if (entry is null)
        {
            return request;
        }
        locked.Add(request.FilePath);
        if (request.ExplicitSlug || request.OwnPath is not null)
        {
            return request;
        }
        var fromName = Permalink.Apply(permalink, request.ProposedSlug, request.Published, request.Section);
        if (string.Equals(fromName, entry.Url, StringComparison.Ordinal))
        {
            return request;
        }
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UrlKeptByLock, request.TitleLocation, fromName, entry.Url));
        var lastSegment = entry.Url.TrimEnd('/').Split('/').Last();
        return string.Equals(Permalink.Apply(permalink, lastSegment, request.Published, request.Section), entry.Url, StringComparison.Ordinal)
            ? request with { ProposedSlug = lastSegment }
            : request with { OwnPath = entry.Url };
    }
}
