using System.Globalization;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Serving;
using StaticNews.Site.Writing;

namespace StaticNews.Site;

/// <summary>
/// <c>build [--out DIR] [--config FILE] [--content-root DIR] [--base-url URL] [--templates DIR] [--assets DIR] [--lock FILE] [--pictures-read FILE] [--edited FILE]</c> renders the site
/// (and brings staticnews.lock up to date);
/// <c>serve [--site DIR] [--port N] [--base-path /P/] [--no-watch] [--project FILE] [--settle MS]</c> previews it.
/// Arguments may come from a response file, one per line (<c>@args.txt</c>), as the MSBuild target passes them.
/// </summary>
public static class CommandLine
{
    private const string Usage =
        "usage: StaticNews.Site build [--out DIR] [--config FILE] [--content-root DIR] [--base-url URL] [--templates DIR] [--assets DIR] [--no-search] [--now DATE] [--lock FILE] [--pictures-read FILE] [--edited FILE]\n" +
        "       StaticNews.Site serve [--site DIR] [--port N] [--base-path /PATH/] [--no-watch] [--project FILE] [--settle MS]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var arguments = ExpandResponseFiles(args);
        var command = arguments.Count > 0 ? arguments[0] : "";
        var options = ParseOptions(arguments.Skip(1).ToList(), error);
        if (options is null || command is not ("build" or "serve"))
        {
            error.WriteLine(Usage);
            return 2;
        }
        return command == "build" ? await BuildAsync(options, output, error) : await ServeAsync(options, output, error, cancellationToken);
    }

    private static async Task<int> BuildAsync(Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        var build = new BuildOptions
        {
            OutputDirectory = options.GetValueOrDefault("--out", "_site"),
            ConfigFile = options.GetValueOrDefault("--config"),
            BaseUrl = options.GetValueOrDefault("--base-url"),
            TemplatesDirectory = options.GetValueOrDefault("--templates"),
            Search = !options.ContainsKey("--no-search"),
            // As the generator reads StaticNewsNow: a value that is not a date leaves the clock.
            Now = DateTimeOffset.TryParse(options.GetValueOrDefault("--now"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now) ? now : null,
            ContentRoot = options.GetValueOrDefault("--content-root"),
            LockFile = options.GetValueOrDefault("--lock"),
            PicturesReadFile = options.GetValueOrDefault("--pictures-read"),
            Pages = global::StaticNews.Content.Pages.All,
        };
        // The MSBuild target passes the assets' own folder: the copy beside the program has its links resolved already.
        if (options.GetValueOrDefault("--assets") is { } assets)
        {
            build.AssetsDirectory = assets;
        }
        var progress = ConsoleProgress.ForTerminal(output);
        BuildResult result;
        try
        {
            // Documents edited in their body only since the content was compiled: the build's documents scan lists them, in
            // the file the build names in the program's runtimeconfig.json.
            var (articles, tags) = (options.GetValueOrDefault("--edited") ?? AppContext.GetData("StaticNews.EditedDocumentsFile") as string) is { } edited
                ? EditedDocuments.Apply(edited, build, Articles.All, Articles.Tags)
                : (Articles.All, Articles.Tags);
            result = await SiteBuilder.BuildAsync(articles, tags, build, progress, output.WriteLine, Articles.Redirects);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The writing code reports its own failures (SNS0006-SNS0009); this is the net for one it did not foresee.
            progress?.Clear();
            error.WriteLine(OutputFailure.From(e, Path.GetFullPath(build.OutputDirectory)).Message);
            error.WriteLine($"error SNS0002: the site was not written; {build.OutputDirectory} keeps its previous content");
            return 1;
        }
        progress?.Clear();
        foreach (var problem in result.Problems)
        {
            error.WriteLine(problem);
        }
        if (!result.Succeeded)
        {
            error.WriteLine($"error SNS0002: the site was not written; {build.OutputDirectory} keeps its previous content");
            return 1;
        }
        var warnings = result.Problems.Count == 0 ? "" : $", {result.Problems.Count} warning(s)";
        var search = result.Search switch
        {
            null => "; search skipped",
            { Whole: true } => "; search index built",
            { DocumentsIndexed: 0 } => "; search index unchanged",
            { DocumentsIndexed: var indexed } => $"; search index updated ({indexed} {(indexed == 1 ? "article" : "articles")} indexed again)",
        };
        output.WriteLine($"StaticNews: {result.Pages} pages and {result.OtherFiles} feeds, sitemaps and robots.txt from {Articles.All.Count} articles written to {build.OutputDirectory} in {result.Elapsed.TotalSeconds:0.00} s{search}{warnings}");
        return 0;
    }

    private static async Task<int> ServeAsync(Dictionary<string, string> options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!WholeNumber(options, "--port", 5000, error, out var port) || !WholeNumber(options, "--settle", (int)ChangeWatcher.DefaultSettle.TotalMilliseconds, error, out var settle))
        {
            return 2;
        }
        var serve = new ServeOptions
        {
            SiteDirectory = options.GetValueOrDefault("--site", "_site"),
            BasePath = SiteSettings.NormalizeBasePath(options.GetValueOrDefault("--base-path", "/")),
            Port = port,
            Watch = !options.ContainsKey("--no-watch"),
            Project = options.GetValueOrDefault("--project"),
            Settle = TimeSpan.FromMilliseconds(settle),
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return await PreviewServer.RunAsync(serve, output, stop.Token);
    }

    private static bool WholeNumber(Dictionary<string, string> options, string name, int unset, TextWriter error, out int value)
    {
        value = unset;
        if (!options.TryGetValue(name, out var text) || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }
        error.WriteLine($"error SNS0001: {name} takes a whole number, not {text}");
        return false;
    }

    private static Dictionary<string, string>? ParseOptions(List<string> arguments, TextWriter error)
    {
        var known = new[] { "--out", "--config", "--content-root", "--base-url", "--templates", "--assets", "--now", "--lock", "--pictures-read", "--edited", "--site", "--port", "--base-path", "--project", "--settle" };
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i];
            if (name is "--no-watch" or "--no-search")
            {
                options[name] = "";
            }
            else if (known.Contains(name) && i + 1 < arguments.Count)
            {
                options[name] = arguments[++i];
            }
            else
            {
                error.WriteLine($"error SNS0001: unknown option or missing value: {name}");
                return null;
            }
        }
        return options;
    }

    private static List<string> ExpandResponseFiles(string[] args)
    {
        var expanded = new List<string>();
        foreach (var arg in args)
        {
            if (arg.StartsWith('@') && File.Exists(arg[1..]))
            {
                expanded.AddRange(File.ReadAllLines(arg[1..]).Where(line => line.Length > 0));
            }
            else
            {
                expanded.Add(arg);
            }
        }
        return expanded;
    }
}
