namespace StaticNews.Configuration;

/// <summary>Something wrong in staticnews.yml, at a 1-based line and column.</summary>
public sealed record ConfigProblem(string Message, int Line, int Column);
