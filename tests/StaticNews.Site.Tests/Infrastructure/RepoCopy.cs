namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>A copy of the parts of the repository a build needs, in a temp folder, without bin/ and obj/.</summary>
public sealed class RepoCopy : IDisposable
{
    private static readonly string[] Entries =
    [
        "Directory.Build.props", "Directory.Packages.props", "staticnews.yml", "package.json", "package-lock.json",
        "generator", "runtime", "site", "seeds", "tests/StaticNews.Consumer",
    ];

    private readonly TempDirectory _temp = new();

    public RepoCopy()
    {
        foreach (var entry in Entries)
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

    public void Dispose() => _temp.Dispose();

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
            if (name is not ("bin" or "obj"))
            {
                CopyDirectory(directory, Path.Combine(target, name));
            }
        }
    }
}
