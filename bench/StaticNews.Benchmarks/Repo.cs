using System.Reflection;

namespace StaticNews.Benchmarks;

/// <summary>
/// Paths in the repository. BenchmarkDotNet runs each benchmark from a generated project in another folder, so
/// the repository root is baked into this assembly at build time (AssemblyMetadata "RepoRoot").
/// </summary>
public static class Repo
{
    public static string Root { get; } =
        typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value
        ?? throw new InvalidOperationException("The RepoRoot assembly metadata is missing.");

    /// <summary>The repository's site configuration.</summary>
    public static string ConfigFile => Path.Combine(Root, "staticnews.yml");

    public static string SiteTemplates => Path.Combine(Root, "site", "templates");

    public static string SiteAssets => Path.Combine(Root, "site", "assets");
}
