namespace StaticNews.Generator.Model;

/// <summary>One line of staticnews.lock: the URL the document at <paramref name="SourcePath"/> was published at.</summary>
/// <param name="SourcePath">The document's path relative to the content root, with '/' separators (as <c>Article.SourcePath</c>).</param>
/// <param name="Url">A site path ("articles/slug/").</param>
/// <param name="Location">The line in staticnews.lock.</param>
public sealed record LockedUrl(string SourcePath, string Url, LocationInfo Location);
