namespace StaticNews.Generator.Parsing;

/// <summary>
/// Source paths relative to the content root, with '/' separators: generated code must not depend on
/// where the repository was cloned, or two machines would build different output.
/// </summary>
public static class SourcePaths
{
    public static string Relative(string filePath, string contentRoot)
    {
        var path = filePath.Replace('\\', '/');
        var root = contentRoot.Replace('\\', '/').TrimEnd('/');
        if (root.Length > 0 && path.Length > root.Length + 1 && path.StartsWith(root + "/", System.StringComparison.Ordinal))
        {
            return path.Substring(root.Length + 1);
        }
        var lastSlash = path.LastIndexOf('/');
        return lastSlash >= 0 ? path.Substring(lastSlash + 1) : path;
    }
}
