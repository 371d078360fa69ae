namespace StaticNews.Site.Views;

/// <summary>
/// What a newsroom says of itself (staticnews.yml's <c>logo</c>, <c>masthead</c>, <c>corrections_policy</c>,
/// <c>ethics_policy</c>), as absolute URLs, null where not given: the JSON-LD publisher and the footer show them.
/// </summary>
public sealed record PublisherLinks(string? Logo, string? Masthead, string? CorrectionsPolicy, string? EthicsPolicy);
