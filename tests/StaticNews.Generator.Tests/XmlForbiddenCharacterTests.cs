using System.Collections;
using System.Text;
using System.Xml;
using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF; lone surrogates) never reach
/// an article's text: the site writes that text into pages, the feed and the sitemap, which must stay well-formed.
/// </summary>
public sealed class XmlForbiddenCharacterTests
{
    private const string Junk = "\uFFFF\u0001\uFFFE\u000B\u001F";

    private static readonly string Markdown =
        "---\n"
        + $"title: \"Head{Junk}line\"\n"
        + $"description: \"Stand{Junk}first.\"\n"
        + $"authors: [\"Ani{Junk} Hovhannisyan\"]\n"
        + $"tags: [\"Poli{Junk}tics\"]\n"
        + $"section: \"News{Junk}\"\n"
        + $"related: [\"other{Junk}\"]\n"
        + $"\"mood{Junk}\": \"calm{Junk}\"\n"
        + $"sources: [\"wire{Junk}\"]\n"
        + "---\n"
        + $"First{Junk} paragraph \uFFFFat the start.\n\n\uFFFFLeading and trailing\uFFFF\n\n```\ncode{Junk}\n```\n\nEditor's note: Up{Junk}dated.\n";

    private static readonly string PlainText = $"Plain{Junk} headline\nPlain stand{Junk}first.\n\uFFFFA paragraph\uFFFF.\nAnother{Junk} one.\n";

    public static TheoryData<bool> Embedded => new() { false, true };

    [Theory]
    [MemberData(nameof(Embedded))]
    public void No_text_of_an_article_holds_a_character_XML_forbids(bool embedded)
    {
        var documents = new (string Name, byte[] Bytes)[]
        {
            ("head-line.md", Encoding.UTF8.GetBytes(Markdown)),
            ("junk.txt", Encoding.UTF8.GetBytes(PlainText)),
        };
        var (run, resources) = Run(documents, embedded);

        using var content = LoadedContent.Load(run.OutputCompilation, resources: resources);
        Assert.Equal(2, content.All.Count);
        var texts = new List<string>();
        foreach (var article in content.All)
        {
            foreach (var property in new[] { "Slug", "Title", "Standfirst", "EditorsNote", "Section", "Excerpt" })
            {
                if (LoadedContent.Get<string?>(article, property) is { } text)
                {
                    texts.Add(text);
                }
            }
            foreach (var method in new[] { "GetMarkdown", "GetPlainText" })
            {
                if (LoadedContent.Call<string?>(article, method) is { } text)
                {
                    texts.Add(text);
                }
            }
            foreach (var property in new[] { "Authors", "Tags", "RelatedSlugs" })
            {
                texts.AddRange(LoadedContent.Get<IReadOnlyList<string>>(article, property));
            }
            texts.AddRange(LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs"));
            foreach (var field in LoadedContent.Get<IReadOnlyDictionary<string, object>>(article, "Fields"))
            {
                texts.Add(field.Key);
                texts.AddRange(field.Value is IEnumerable<string> list ? list : new[] { (string)field.Value });
            }
        }
        texts.AddRange(((IEnumerable)content.StaticProperty("Tags")).Cast<object>().Select(tag => LoadedContent.Get<string>(tag, "Name")));

        Assert.All(texts, text => XmlConvert.VerifyXmlChars(text));
        Assert.Equal(new[] { "head-line", "plain-headline" }, content.AllSlugs.Order(StringComparer.Ordinal));
        var markdown = content.BySlug("head-line")!;
        Assert.Equal("Head   line", LoadedContent.Get<string>(markdown, "Title"));
        Assert.Equal(new[] { "Ani    Hovhannisyan" }, LoadedContent.Get<IReadOnlyList<string>>(markdown, "Authors"));
        Assert.Equal("First    paragraph at the start.\n\nLeading and trailing\n\n```\ncode   \n```", LoadedContent.Call<string>(markdown, "GetMarkdown"));
        var plain = content.BySlug("plain-headline")!;
        Assert.Equal(new[] { "A paragraph.", "Another    one." }, LoadedContent.Call<IReadOnlyList<string>>(plain, "GetParagraphs"));
    }

    [Fact]
    public void The_first_noncharacter_is_reported_where_it_is()
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            TestData.Document("junk.txt", Encoding.UTF8.GetBytes(PlainText)),
            TestData.Document("clean.txt", Encoding.UTF8.GetBytes("Clean\nStandfirst.\nA\u0001control character only.\n")),
        }, TestData.Options()).AssertHealthy();

        var diagnostic = Assert.Single(run.DiagnosticsWithId("SN0025"));
        Assert.EndsWith("junk.txt", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Contains("U+FFFF", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static (GeneratorRun Run, List<ResourceDescription>? Resources) Run((string Name, byte[] Bytes)[] files, bool embedded)
    {
        var texts = files.Select(f => (AdditionalText)TestData.Document(f.Name, f.Bytes)).ToArray();
        var global = new Dictionary<string, string> { [TestOptionsProvider.ContentRootKey] = TestData.ContentRoot };
        if (!embedded)
        {
            return (GeneratorHarness.Run(texts, new TestOptionsProvider(global)).AssertHealthy(), null);
        }
        var options = new TestOptionsProvider(global)
        {
            FileOptions = files.ToDictionary(
                f => TestData.DocumentPath(f.Name),
                f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.StaticNewsResource"] = "StaticNews.Documents/" + f.Name }),
        };
        var resources = files.Select(f => new ResourceDescription("StaticNews.Documents/" + f.Name, () => new MemoryStream(f.Bytes), isPublic: true)).ToList();
        return (GeneratorHarness.Run(texts, options).AssertHealthy(), resources);
    }
}
