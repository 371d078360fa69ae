using System.Text.Json;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>
/// Searches a built Pagefind index as the search page does, with Pagefind's own pagefind.js, in Node (its files read
/// from the disk instead of fetched): what a reader typing <c>term</c> would get, each result's URL and title.
/// </summary>
public static class PagefindSearch
{
    /// <summary>The repository's pinned Pagefind (npm ci installs it; the site's first build runs npm ci).</summary>
    public static string Command
    {
        get
        {
            var command = Path.Combine(RepoPaths.Root, "node_modules", ".bin", "pagefind");
            Assert.True(File.Exists(command), $"{command} is missing: run `npm ci` at the repository root");
            return command;
        }
    }

    private const string Script = """
        import { readFile } from "node:fs/promises";
        import { pathToFileURL, fileURLToPath } from "node:url";
        const [bundle, term, ...merged] = process.argv.slice(2);
        const root = pathToFileURL(bundle + "/");
        globalThis.fetch = async (url) => {
          try { return new Response(await readFile(fileURLToPath(new URL(url, root))), { status: 200 }); }
          catch { return new Response(null, { status: 404 }); }
        };
        const pagefind = await import(new URL("pagefind.js", root));
        await pagefind.options({ basePath: root.href, baseUrl: "/" });
        for (const other of merged) await pagefind.mergeIndex(pathToFileURL(other + "/").href, { baseUrl: "/" });
        const search = await pagefind.search(term);
        const found = [];
        for (const result of search.results) {
          const data = await result.data();
          found.push({ url: data.url, title: data.meta.title, excerpt: data.excerpt });
        }
        console.log(JSON.stringify(found));
        """;

    public sealed record Result(string Url, string Title, string Excerpt);

    /// <param name="merged">Other index folders of the site, searched with the first as the search page merges them.</param>
    public static IReadOnlyList<Result> Find(string site, string term, params string[] merged)
    {
        using var temp = new TempDirectory();
        var script = temp.Combine("search.mjs");
        File.WriteAllText(script, Script);
        var run = ChildProcess.Run(temp.Path, new Dictionary<string, string>(), "node", [script, Path.Combine(site, "pagefind"), term, .. merged.Select(folder => Path.Combine(site, folder))]);
        Assert.True(run.ExitCode == 0, run.Output);
        var json = run.Output.Split('\n').Last(line => line.StartsWith('['));
        return JsonSerializer.Deserialize<List<Result>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
