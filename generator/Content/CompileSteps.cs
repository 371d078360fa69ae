using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;

namespace StaticNews.Generator.Content;

/// <summary>
/// What a compile was made from beside the articles (the options, the redirect and page documents, staticnews.yml and
/// its lock) and what its steps gave that the result does not show (the naming, the index's diagnostics): what
/// <see cref="ContentUpdate"/> needs to take in documents that come and go without compiling every one again.
/// </summary>
internal sealed record CompileSteps(
    string Namespace,
    bool IncludeDrafts,
    string Permalink,
    ImmutableArray<RedirectDocument> Redirects,
    ConfigResult? Config,
    string Language,
    UrlLock? UrlLock,
    ImmutableArray<PageDocument> Pages,
    NamingResult Naming,
    EquatableArray<DiagnosticInfo> IndexDiagnostics)
{
    private ClaimedNames? _claims;

    /// <summary>The names held and asked for (<see cref="ClaimedNames"/>), made on first use from <paramref name="articles"/>; shared, so clone before changing.</summary>
    public ClaimedNames ClaimsOf(IEnumerable<NamedArticle> articles) =>
        _claims ??= ClaimedNames.Of(articles.Select(named => ContentCompiler.NamingRequestFor(named.Article)).ToImmutableArray(), Naming, Permalink,
            Redirects, UrlLock ?? UrlLock.Empty);

    /// <summary>Steps with other names, the claims that made them already known.</summary>
    public CompileSteps With(NamingResult naming, ClaimedNames claims) => this with { Naming = naming, _claims = claims };
}
