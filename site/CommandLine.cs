using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;

namespace StaticNews.Site;

/// <summary>
/// <c>StaticNews.Site build [--out DIR] [--config FILE] [--base-url URL] [--templates DIR]</c>; arguments
/// may also come from a response file, one per line (<c>@args.txt</c>), as the MSBuild target passes them.
/// </summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = ExpandResponseFiles(args);
        if (arguments.Count == 0 || arguments[0] != "build")
        {
            error.WriteLine("usage: StaticNews.Site build [--out DIR] [--config FILE] [--base-url URL] [--templates DIR]");
            return 2;
        }

        var options = new BuildOptions();
        for (var i = 1; i < arguments.Count; i++)
        {
            var name = arguments[i];
            var value = i + 1 < arguments.Count ? arguments[++i] : null;
            if (value is null)
            {
                error.WriteLine($"error SNS0001: {name} needs a value");
                return 2;
            }
            switch (name)
            {
                case "--out": options.OutputDirectory = value; break;
                case "--config": options.ConfigFile = value; break;
                case "--base-url": options.BaseUrl = value; break;
                case "--templates": options.TemplatesDirectory = value; break;
                default:
                    error.WriteLine($"error SNS0001: unknown option {name}");
                    return 2;
            }
        }

        var result = await SiteBuilder.BuildAsync(Articles.All, options);
        foreach (var problem in result.Problems)
        {
            error.WriteLine(problem);
        }
        if (!result.Succeeded)
        {
            error.WriteLine($"error SNS0002: the site was not written; {options.OutputDirectory} keeps its previous content");
            return 1;
        }
        var warnings = result.Problems.Count == 0 ? "" : $", {result.Problems.Count} warning(s)";
        output.WriteLine($"StaticNews: {result.Pages} pages and {result.OtherFiles} feed files from {Articles.All.Count} articles written to {options.OutputDirectory} in {result.Elapsed.TotalSeconds:0.00} s{warnings}");
        return 0;
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
