namespace StaticNews.Generator.Model;

/// <summary>A document key staticnews.yml gives a StaticNews meaning (<c>front_matter: { standfirst: [teaser] }</c>).</summary>
public sealed record KeyAlias(string Key, string Canonical);
