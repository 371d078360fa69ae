using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Naming;

/// <summary>
/// Makes slugs and class names unique across all documents: when two want one name, the first in
/// <see cref="ClaimOrder"/> keeps it and later ones get a suffix ("-2", "2"), the same on every build. Slugs are
/// compared ignoring case, because checkouts on Windows and macOS are case-insensitive.
/// </summary>
public static class NameAssigner
{
    /// <summary>
    /// Who wins a name: the article published first, then (same moment, or no date) the one whose source path sorts
    /// first (ordinal), undated articles after every dated one. A published URL must never move because another document
    /// arrived, and a newsroom publishes a new story after the ones already out, so the date protects the old URL where
    /// a path would not (a new file can sort anywhere). Only a document backdated before the existing article, or two
    /// undated documents, fall back to the path; a front-matter <c>slug:</c> pins a URL for good.
    /// </summary>
    public static IEnumerable<NamingRequest> ClaimOrder(IEnumerable<NamingRequest> requests) =>
        requests
            .OrderBy(r => r.Published is null)
            .ThenBy(r => r.Published?.UtcTicks ?? 0)
            .ThenBy(r => r.SourcePath, StringComparer.Ordinal)
            .ThenBy(r => r.FilePath, StringComparer.Ordinal);

    public static NamingResult Assign(ImmutableArray<NamingRequest> requests)
    {
        var ordered = ClaimOrder(requests);
        var slugOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var classOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        var assigned = new List<(NamingRequest Request, string Slug, string ClassName)>(requests.Length);
        var diagnostics = new List<DiagnosticInfo>();

        foreach (var request in ordered)
        {
            var slug = Claim(slugOwners, request.ProposedSlug, request.SourcePath, n => request.ProposedSlug + "-" + n);
            if (slug != request.ProposedSlug)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSlug, request.TitleLocation,
                    request.ProposedSlug, slugOwners[request.ProposedSlug], slug));
            }

            // A class cannot have a member named like itself (CS0542): when one of the article's custom fields has the
            // class's name, the class takes the suffix reserved names take, and the field keeps the name of its key.
            var proposedClassName = request.ProposedClassName;
            while (request.PropertyNames.Contains(proposedClassName))
            {
                proposedClassName += "Article";
            }
            var className = Claim(classOwners, proposedClassName, request.SourcePath, n => proposedClassName + n, request.PropertyNames);
            if (className != proposedClassName)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateClassName, request.TitleLocation,
                    proposedClassName, classOwners[proposedClassName], className));
            }

            assigned.Add((request, slug, className));
        }

        // Where each article lives is decided after the names (ArticlePartitioner.Place).
        var names = assigned.Select(a => new ArticleNames(a.Request.FilePath, a.Slug, a.ClassName, default));
        return new NamingResult(names.ToEquatableArray(), diagnostics.ToEquatableArray());
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
