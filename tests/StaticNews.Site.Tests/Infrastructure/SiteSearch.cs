using System.Text.Json;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>
/// Searches a site's index (its <c>search-index/</c> folder) with the search page's own engine, the real
/// site/assets/search.js run in Node, its files read from the disk instead of fetched: what a reader typing a query
/// would get, each result's URL, title and excerpt. The request and the answer go through files, never through the
/// command line, so a text may hold any character.
/// </summary>
public static class SiteSearch
{
    private const string Script = """
        import { readFile, writeFile } from "node:fs/promises";
        import { join } from "node:path";
        import { pathToFileURL } from "node:url";
        const [engineFile, requestFile, answerFile] = process.argv.slice(2);
        const request = JSON.parse(await readFile(requestFile, "utf8"));
        const engine = await import(pathToFileURL(engineFile).href);
        const search = engine.createSearch(async (path) => JSON.parse(await readFile(join(request.index, path), "utf8")));
        let answer;
        if (request.kind === "tokens") {
          answer = engine.tokenize(request.text);
        } else if (request.kind === "scores") {
          answer = await search.search(request.text);
        } else {
          answer = [];
          for (const { id } of await search.search(request.text)) {
            const doc = await search.document(id);
            const excerpt = engine.excerpt(doc.text, request.text).map((segment) => segment.mark ? `<mark>${segment.text}</mark>` : segment.text).join("");
            answer.push({ url: "/" + doc.url, title: doc.title, excerpt });
          }
        }
        await writeFile(answerFile, JSON.stringify(answer), "utf8");
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Result(string Url, string Title, string Excerpt);

    /// <summary>A document's id in the index and its BM25 score, as the engine ranks them.</summary>
    public sealed record Score(int Id, double Value);

    /// <summary>The engine of the search page.</summary>
    public static string EngineFile => Path.Combine(RepoPaths.Root, "site", "assets", "search.js");

    /// <summary>Every result for <paramref name="query"/> over the index of the built <paramref name="site"/>, best first.</summary>
    public static IReadOnlyList<Result> Find(string site, string query) => Run<List<Result>>("find", site, query);

    /// <summary>The ids and scores the engine gives the documents matching <paramref name="query"/>, best first.</summary>
    public static IReadOnlyList<Score> Scores(string site, string query) =>
        Run<List<JsonElement>>("scores", site, query)
            .Select(found => new Score(found.GetProperty("id").GetInt32(), found.GetProperty("score").GetDouble()))
            .ToList();

    /// <summary>The search page's tokens of <paramref name="text"/> (its <c>tokenize</c>), in order.</summary>
    public static IReadOnlyList<string> Tokens(string text) => Run<List<string>>("tokens", site: "", text);

    private static T Run<T>(string kind, string site, string text)
    {
        using var temp = new TempDirectory();
        var script = temp.Combine("search.mjs");
        var request = temp.Combine("request.json");
        var answer = temp.Combine("answer.json");
        File.WriteAllText(script, Script);
        File.WriteAllText(request, JsonSerializer.Serialize(new { kind, index = site == "" ? "" : Path.Combine(site, "search-index"), text }));
        var run = ChildProcess.Run(temp.Path, new Dictionary<string, string>(), "node", script, EngineFile, request, answer);
        Assert.True(run.ExitCode == 0, run.Output);
        return JsonSerializer.Deserialize<T>(File.ReadAllText(answer), Json)!;
    }
}
