namespace StaticNews.Generator.Model;

/// <summary>What parsing one document gives: an article (or none, when it cannot be one) and its diagnostics.</summary>
public sealed record ParseResult(ArticleDocument? Article, EquatableArray<DiagnosticInfo> Diagnostics);
