using Microsoft.CodeAnalysis;
using StaticNews.Generator.Emit;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// A headline may name any type a consumer's code already uses unqualified ("Environment", "Task"): the generated
/// types must never make such a name ambiguous (CS0104) in code that imports the content namespace beside System's.
/// </summary>
public sealed class TypeNameCollisionTests
{
    private static readonly string[] SystemTypeTitles =
        { "Environment", "File", "Console", "Task", "Math", "Uri", "Stopwatch", "Parallel", "Path", "Directory", "Thread", "List", "Enumerable", "Http client" };

    /// <summary>A consumer as the site is: the SDK's implicit usings plus the content namespace, each System type used unqualified.</summary>
    private const string Consumer = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using StaticNews.Content;

        public static class UserCode
        {
            public static async Task<string> Run()
            {
                var watch = Stopwatch.StartNew();
                Console.Out.Flush();
                var path = Path.Combine(Environment.CurrentDirectory, "x");
                _ = File.Exists(path) || Directory.Exists(path);
                Parallel.For(0, 1, _ => { });
                Thread.MemoryBarrier();
                var list = new List<int> { (int)Math.Max(1, 2) };
                using var client = (HttpClient?)null;
                await Task.Yield();
                var uri = new Uri("https://example.org/");
                Article? article = Articles.BySlug("environment");
                return string.Join("|", Articles.Environment.Title, article?.Slug, Articles.Task.Slug, uri.Host, Enumerable.Sum(list), watch.IsRunning);
            }
        }
        """;

    [Fact]
    public async Task Headlines_named_like_System_types_leave_a_consumer_that_imports_both_compiling()
    {
        var documents = SystemTypeTitles.Select((title, i) => (AdditionalText)TestData.Document($"t{i:D2}.txt", TestData.PlainText(title, "Standfirst.", "Body.")));

        var run = GeneratorHarness.Run(documents, TestData.Options(), GeneratorHarness.CreateCompilation(Consumer)).AssertHealthy();

        using var content = LoadedContent.Load(run.OutputCompilation);
        var result = (Task<string>)content.Assembly.GetType("UserCode")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal("Environment|environment|task|example.org|2|True", await result);
        Assert.Equal(SystemTypeTitles.Select(t => t.Replace(" c", "C", StringComparison.Ordinal)).Order(StringComparer.Ordinal), run.ArticleClassNames);
    }

    [Fact]
    public void The_imported_namespace_holds_only_the_fixed_names_whatever_the_titles()
    {
        var documents = SystemTypeTitles.Select((title, i) => (AdditionalText)TestData.Document($"t{i:D2}.txt", TestData.PlainText(title, "Standfirst.", "Body.")));

        var run = GeneratorHarness.Run(documents, TestData.Options()).AssertHealthy();

        var imported = run.OutputCompilation.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "StaticNews")
            .GetNamespaceMembers().Single(n => n.Name == "Content");
        Assert.Equal(new[] { "Article", "ArticleFormat", "ArticleType", "Articles", "Correction", "Page", "Pages", "Redirect", "Tag" }, imported.GetTypeMembers().Select(t => t.Name).Order(StringComparer.Ordinal));
        var classes = imported.GetNamespaceMembers().Single(n => n.Name == ArticleNamespaces.ClassesName);
        Assert.Contains(classes.GetTypeMembers(), t => t.Name == "Environment");
    }
}
