namespace StaticNews.Configuration;

/// <summary>
/// A setting's text and where it is written in staticnews.yml (1-based line and column), so a check made later (a
/// boilerplate pattern that is not a regular expression, a time zone this machine does not know, a documents
/// folder that does not exist) points at the value itself.
/// </summary>
public sealed record ConfigText(string Value, int Line, int Column);
