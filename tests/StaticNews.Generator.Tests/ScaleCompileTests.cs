using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StaticNews.Generator.Indexing;
using StaticNews.Generator.Emit;
using StaticNews.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Thousands of articles must compile. All C# string literals of an assembly share one 16 MB heap (#US, error
/// CS8103), so article bodies are emitted as UTF-8 literals, which are stored as data. 3,000 articles of about
/// 6 KB hold 18 M characters: as string literals that would be 36 MB of UTF-16, more than twice the limit.
/// </summary>
[Collection(LargeCompilations.Name)]
public sealed class ScaleCompileTests(ITestOutputHelper output)
{
    private const int ArticleCount = 3_000;
    private const int BodyCharacters = 6_000;

    private static readonly string[] Vocabulary =
    (
        "the minister said parliament would vote on the budget after a long debate about pensions roads schools " +
        "and hospitals while the opposition called for new elections in Yerevan Tbilisi and Baku officials met " +
        "on Monday to discuss the border crossing trade agreement peace treaty energy prices and the harvest"
    ).Split(' ');

    /// <summary>A realistic body of about <see cref="BodyCharacters"/> characters, unique to <paramref name="index"/>.</summary>
    private static string Body(int index)
    {
        var random = new Random(index);
        var builder = new StringBuilder(BodyCharacters + 200);
        while (builder.Length < BodyCharacters)
        {
            builder.Append("Paragraph ").Append(index).Append(':');
            for (var word = 0; word < 40; word++)
            {
                builder.Append(' ').Append(Vocabulary[random.Next(Vocabulary.Length)]);
            }
            builder.Append(".\n");
        }
        return builder.ToString();
    }

    private static AdditionalText Document(int index) =>
        TestData.Document($"scale/{index:D5}.txt",
            $"Story number {index} on {Vocabulary[index % Vocabulary.Length]} and {Vocabulary[(index * 7) % Vocabulary.Length]}\n" +
            $"Standfirst of story {index}.\n" + Body(index));

    private static Diagnostic[] EmitErrors(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        return result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
    }

    [Fact]
    public void Three_thousand_articles_of_6KB_compile()
    {
        var documents = Enumerable.Range(0, ArticleCount).Select(Document).ToList();
        var totalCharacters = documents.Sum(d => d.GetText()!.Length);
        Assert.True(totalCharacters > 17_000_000, $"Only {totalCharacters} characters: the test would not reach the limit.");

        var clock = Stopwatch.StartNew();
        // Without step tracking, as in a real build.
        var run = GeneratorHarness.Run(documents, TestData.Options(), trackSteps: false);
        var generatorTime = clock.Elapsed;

        Assert.Null(run.Result.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(ArticleCount, run.ArticleClassNames.Count);
        Assert.Equal(ArticlePartitioner.PartCount + 2, run.HintNames.Count); // the parts, Articles and Pages

        clock.Restart();
        var errors = EmitErrors(run.OutputCompilation);
        var emitTime = clock.Elapsed;

        Assert.True(errors.Length == 0, "The articles do not compile:\n" + string.Join("\n", errors.Take(10)));
        output.WriteLine($"{ArticleCount} articles, {totalCharacters:N0} characters: generator run {generatorTime.TotalSeconds:F1} s " +
            $"(of which the generator itself {run.Driver.GetTimingInfo().ElapsedTime.TotalSeconds:F1} s), compile and emit {emitTime.TotalSeconds:F1} s");
    }

    /// <summary>The control: the same amount of text as plain string literals does hit the limit, so the test above is meaningful.</summary>
    [Fact]
    public void The_same_text_as_string_literals_hits_CS8103()
    {
        var source = new StringBuilder(ArticleCount * (BodyCharacters + 400));
        source.Append("namespace Control;\npublic static class Bodies\n{\n");
        for (var i = 0; i < ArticleCount; i++)
        {
            source.Append("    public static string Body").Append(i).Append(" => \"")
                .Append(Body(i).Replace("\n", "\\n")).Append("\";\n");
        }
        source.Append("}\n");

        var clock = Stopwatch.StartNew();
        var errors = EmitErrors(GeneratorHarness.CreateCompilation(source.ToString()));

        Assert.Contains(errors, e => e.Id == "CS8103");
        output.WriteLine($"control compile {clock.Elapsed.TotalSeconds:F1} s: {errors.First(e => e.Id == "CS8103").GetMessage()}");
    }
}
