extern alias generator;

using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using generator::StaticNews.Generator.Model;
using generator::StaticNews.Generator.Parsing;
using generator::StaticNews.Generator.Parsing.FrontMatter;

namespace StaticNews.Benchmarks;

/// <summary>
/// What parsing the documents allocates, phase by phase (not a benchmark): the bytes allocated on this thread and
/// the wall time of each phase over all documents, twice (the first round includes the JIT), then a whole generator
/// run for scale. The corpus of <see cref="GeneratorBenchmarks"/> in Markdown (what the README's build is measured over),
/// and its options; no boilerplate patterns.
/// </summary>
internal static class ParseBreakdown
{
    public static void Run(int count)
    {
        var texts = (AdditionalText[])[Corpus.Config(), .. Corpus.TextDocuments(count, CorpusMaker.CorpusFormat.Md)];
        var documents = texts.Skip(1).Select(text => (text.Path, Text: text.GetText()!)).ToList();
        foreach (var (_, text) in documents)
        {
            _ = text.Lines.Count; // the compiler's line table, made once per text in the compiler too
        }
        var options = new GeneratorOptions(GeneratorOptions.DefaultNamespace, Corpus.ContentRoot, default);
        var zone = TimeZoneInfo.Utc;

        for (var round = 1; round <= 2; round++)
        {
            Console.WriteLine($"round {round}, {count} documents:");
            var blocks = Measure("front matter found", () => documents.Select(d => FrontMatterBlock.Find(d.Text)).ToList());
            var problems = new List<FrontMatterProblem>();
            var entries = Measure("front matter read (YamlDotNet)",
                () => documents.Select((d, i) => FrontMatterReader.Read(d.Path, d.Text, blocks[i], problems)).ToList());
            var metadata = Measure("front matter interpreted", () => entries.Select(e => FrontMatterInterpreter.Interpret(e, zone, problems)).ToList());
            var diagnostics = new List<DiagnosticInfo>();
            Measure("Markdown bodies", () => documents.Select((d, i) =>
                MarkdownParser.Parse(d.Path, d.Path, d.Text, blocks[i].BodyStartLine, metadata[i], options, diagnostics, default)).ToList());
            Measure("whole parse (DocumentParser)", () => documents.Select(d =>
                DocumentParser.Parse(d.Path, d.Text, options, default, Corpus.ResourcePrefix + Path.GetFileName(d.Path))).ToList());
        }

        var compilation = GeneratorBenchmarks.CreateCompilation();
        var driverOptions = Corpus.Options(texts);
        Measure("a whole generator run, for scale", () => GeneratorBenchmarks.CreateDriver(texts, driverOptions).RunGenerators(compilation));
    }

    private static T Measure<T>(string what, Func<T> phase)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = phase();
        var elapsed = clock.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{allocated / 1e6,10:F0} MB {elapsed.TotalMilliseconds,8:F0} ms  {what}"));
        return result;
    }
}
