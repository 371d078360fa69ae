namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>A copy of the parts of the repository a build needs, in a temp folder, without bin/ and obj/.</summary>
public sealed class RepoCopy : IDisposable
{
    private static readonly string[] Entries =
    [
        "Directory.Build.props", "Directory.Packages.props", "staticnews.yml", "package.json", "package-lock.json",
        "config", "generator", "runtime", "tasks", "site", "seeds", "tests/StaticNews.Consumer",
    ];

    private static readonly string[] NotCopied = ["bin", "obj", "node_modules", ".git", "_site", "BenchmarkDotNet.Artifacts", "artifacts"];

    private readonly TempDirectory _temp = new();

    /// <param name="wholeRepository">Every project of the solution too (tests, bench), for `dotnet build` at the root.</param>
    public RepoCopy(bool wholeRepository = false)
    {
        foreach (var entry in wholeRepository ? Directory.EnumerateFileSystemEntries(RepoPaths.Root).Select(path => Path.GetFileName(path)).Where(IsCopied).ToArray() : Entries)
        {
            var source = Path.Combine(RepoPaths.Root, entry);
            var target = Path.Combine(Root, entry);
            if (File.Exists(source))
            {
                File.Copy(source, target);
            }
            else
            {
                CopyDirectory(source, target);
            }
        }
    }

    public string Root => _temp.Path;

    public string Site => Path.Combine(Root, "_site");

    public DotnetCli.Result Build(params string[] extraArguments) => BuildWithPath(null, extraArguments);

    public DotnetCli.Result BuildWithPath(string? path, params string[] extraArguments) =>
        DotnetCli.RunWithPath(Root, path, ["build", "site/StaticNews.Site.csproj", "--disable-build-servers", "-nodeReuse:false", .. extraArguments]);

    /// <summary>`dotnet build` at the root of the copy: the README's command.</summary>
    public DotnetCli.Result BuildAtRoot(params string[] extraArguments) =>
        DotnetCli.Run(Root, ["build", "--disable-build-servers", "-nodeReuse:false", .. extraArguments]);

    public void Dispose() => _temp.Dispose();

    private static bool IsCopied(string name) => !NotCopied.Contains(name) && !name.StartsWith("_site.", StringComparison.Ordinal);

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (IsCopied(name))
            {
                CopyDirectory(directory, Path.Combine(target, name));
            }
        }
    }
}
