using System.Text.RegularExpressions;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>
/// A site's sources as the preview watches them, and nothing a `dotnet build` could compile: staticnews.yml (documents
/// in news/), the site's templates and assets, and its project file without the generator, runtime or code beside it.
/// Whatever the preview serves from here it made in-process; a build of this project can only fail.
/// </summary>
public sealed class PreviewRoot : IDisposable
{
    private readonly TempDirectory _temp = new();

    public PreviewRoot()
    {
        var config = File.ReadAllText(Path.Combine(RepoPaths.Root, "staticnews.yml"));
        File.WriteAllText(Config, Regex.Replace(config, "(?m)^documents:.*$", "documents: news"));
        CopyDirectory(Path.Combine(RepoPaths.Root, "site", "templates"), Path.Combine(Root, "site", "templates"));
        CopyDirectory(Path.Combine(RepoPaths.Root, "site", "assets"), Path.Combine(Root, "site", "assets"));
        File.Copy(Path.Combine(RepoPaths.Root, "site", "StaticNews.Site.csproj"), Project);
        Directory.CreateDirectory(News);
    }

    public string Root => _temp.Path;

    public string Config => Path.Combine(Root, "staticnews.yml");

    public string News => Path.Combine(Root, "news");

    public string Project => Path.Combine(Root, "site", "StaticNews.Site.csproj");

    public string Site => Path.Combine(Root, "_site");

    public string Template(string name) => Path.Combine(Root, "site", "templates", name);

    public string Asset(string name) => Path.Combine(Root, "site", "assets", name);

    public void Write(string document, string text) => File.WriteAllText(Path.Combine(News, document), text);

    public ServeProcess Serve(params string[] more) => new(Root, ["--site", Site, "--project", Project, .. more]);

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
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
