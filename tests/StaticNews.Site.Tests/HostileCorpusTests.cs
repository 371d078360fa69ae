using System.Text;
using System.Xml;
using AngleSharp.Html.Parser;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// A documents folder holding every kind of bad and messy document builds with `dotnet build`: each bad
/// file gets its SN warning with file and line, the good ones have pages, nothing escapes _site/, no
/// content markup or template code is live. Escalation works the .NET way.
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static void Write(string folder, string name, string text) => File.WriteAllText(Path.Combine(folder, name), text, Utf8);

    private static string MakeCorpus(RepoCopy repo)
    {
        var docs = Path.Combine(repo.Root, "hostile");
        Directory.CreateDirectory(docs);
        File.WriteAllBytes(Path.Combine(docs, "bom.txt"), [.. Encoding.UTF8.GetPreamble(), .. Utf8.GetBytes("BOM headline\nBOM standfirst.\nBody.\n")]);
        Write(docs, "crlf.txt", "CRLF headline\r\nCRLF standfirst.\r\nBody one.\r\nBody two.\r\n");
        Write(docs, "cr.txt", "CR headline\rCR standfirst.\rBody.\r");
        File.WriteAllBytes(Path.Combine(docs, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 headline\nA standfirst.\nCr\u00e8me br\u00fbl\u00e9e.\n"));
        File.WriteAllBytes(Path.Combine(docs, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        Write(docs, "empty.txt", "");
        Write(docs, "blank.txt", "   \n\t\n");
        Write(docs, "title-only.txt", "Only a headline\n");
        Write(docs, "unclosed.md", "---\ntitle: Never closed\n\nBody.\n");
        Write(docs, "not-yaml.md", "---\ntitle: [unclosed\n---\nBody.\n");
        Write(docs, "wrong-types.md", "---\ntitle: [a, b]\ndraft: maybe\ndate: tomorrow\n---\n# Wrong types\nBody.\n");
        Write(docs, "scalar-tags.md", "---\ntitle: Scalar tags\ndescription: Tags as one value.\ntags: politics\n---\nBody.\n");
        Write(docs, "bomb.md", "---\ntitle: Alias bomb\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\nBody.\n");
        Write(docs, "escape.md", "---\ntitle: Escape attempt\ndescription: A slug that leaves the folder.\nslug: ../../../etc/passwd\n---\nBody.\n");
        Write(docs, "device.md", "---\ntitle: Device name\ndescription: A reserved name.\nslug: CON\n---\nBody.\n");
        Write(docs, "escape-url.md", "---\ntitle: URL escape\ndescription: Paths that leave the site.\nurl: ../../outside-url/\nredirect_from:\n  - ../../../outside-alias/\n  - https://evil.example/\n---\nBody.\n");
        Write(docs, "dup-a.txt", "Same headline\nFirst.\nBody.\n");
        Write(docs, "dup-b.txt", "Same headline\nSecond.\nBody.\n");
        Write(docs, "armenian.txt", "Բարեւ Երեւան\nՀայերեն վերնագիր։\nՏեքստ։\n");
        Write(docs, "cyrillic.txt", "Привет мир\nРусский подзаголовок.\nТекст.\n");
        Write(docs, "greek.txt", "Καλημέρα κόσμε\nΕλληνικά.\nΚείμενο.\n");
        Write(docs, "cjk.txt", "你好世界\n中文标题。\n正文。\n");
        Write(docs, "arabic.md", "---\ntitle: مرحبا بالعالم\ndescription: عنوان عربي.\nlang: ar\n---\nنص.\n");
        Write(docs, "emoji.txt", "🚀🔥\nEmoji only headline.\nBody.\n");
        Write(docs, "keyword.txt", "class\nA C# keyword as a title.\nBody.\n");
        Write(docs, "digits.txt", "2024 election results\nDigits first.\nBody.\n");
        Write(docs, "markup.md", "---\ntitle: \"<script>alert('t')</script> {{ site.Title }}\"\ndescription: \"</script><b>bold</b>\"\ntags: [\"<i>tag</i>\"]\n---\nBody with <script>alert(1)</script>, [a link](javascript:alert(2)) and {{ page.Title }}.\n");
        Write(docs, "huge-paragraph.txt", "Huge paragraph\nOne megabyte.\n" + new string('x', 1_000_000) + "\n");
        // Characters XML 1.0 forbids: raw, as YAML escapes, and as numeric references that Markdig decodes. Dated, so they are in the feed.
        Write(docs, "controls.txt", "---\ndate: 2025-01-02\n---\nControl\u0001 headline\uFFFF\nA standfirst\u0001 with\uFFFF controls.\nBody \u0001 raw \uFFFF and &#1; as text.\n");
        Write(docs, "references.md", "---\ntitle: \"References\\x01 headline\\uFFFF\"\ndescription: \"Stand\\x01first\"\ndate: 2025-01-01\ntags: [\"tag\\x01one\", \"Tag\\uFFFF\"]\nauthors: [\"Ani\\x01 Hovhannisyan\"]\n---\n# Heading &#1;\n\nBody &#1; one &#xFFFF; two &#xD800; three &#0; four, raw \u0001 and \uFFFF.\n");
        Write(docs, "big-file.txt", "Big file\nFive megabytes.\n" + string.Concat(Enumerable.Repeat(new string('y', 999) + "\n", 5_000)));
        return docs;
    }

    [Fact]
    public void Every_hostile_document_gets_a_warning_and_the_rest_of_the_site_builds()
    {
        using var repo = new RepoCopy();
        var docs = MakeCorpus(repo);

        var build = repo.Build($"-p:StaticNewsDocuments={docs}", "-p:StaticNewsSearch=false");

        Assert.True(build.ExitCode == 0, build.Output);
        void Warned(string file, string id, int line) =>
            Assert.Contains($"{Path.Combine(docs, file)}({line},", build.Output.Split('\n').Where(l => l.Contains($"warning {id}:")).Aggregate("", (a, b) => a + b));
        Warned("latin1.txt", "SN0003", 1);
        Warned("binary.txt", "SN0007", 1);
        Warned("empty.txt", "SN0001", 1);
        Warned("blank.txt", "SN0001", 1);
        Warned("title-only.txt", "SN0002", 1);
        Warned("unclosed.md", "SN0011", 1);
        // YamlDotNet notices the unclosed '[' where the YAML ends: the closing '---' line.
        Warned("not-yaml.md", "SN0010", 3);
        Warned("wrong-types.md", "SN0013", 2);
        Warned("wrong-types.md", "SN0013", 3);
        Warned("wrong-types.md", "SN0015", 4);
        Warned("scalar-tags.md", "SN0020", 4);
        Warned("bomb.md", "SN0014", 3);
        Warned("escape.md", "SN0016", 4);
        Warned("device.md", "SN0016", 4);
        Warned("escape-url.md", "SN0035", 4);
        Warned("escape-url.md", "SN0036", 6);
        Warned("escape-url.md", "SN0036", 7);
        Warned("dup-b.txt", "SN0004", 1);

        var site = Path.Combine(repo.Root, "_site");
        var pages = Directory.GetDirectories(Path.Combine(site, "articles")).Select(d => Path.GetFileName(d)).ToList();
        Assert.Contains("bom-headline", pages);
        Assert.Contains("crlf-headline", pages);
        Assert.Contains("cr-headline", pages);
        // On Linux the compiler reads Latin-1 as UTF-8 with U+FFFD for the é (SN0003 says so); the article is still published.
        Assert.Contains("caf-headline", pages);
        Assert.Contains("barev-erevan", pages);
        Assert.Contains("privet-mir", pages);
        Assert.Contains("kalimera-kosme", pages);
        Assert.Contains("same-headline", pages);
        Assert.Contains("same-headline-2", pages);
        Assert.Contains("etc-passwd", pages);
        Assert.Contains("huge-paragraph", pages);
        Assert.Contains("big-file", pages);
        Assert.All(pages, slug => Assert.Matches("^[a-z0-9-]+$", slug));
        Assert.False(File.Exists(Path.Combine(repo.Root, "etc", "passwd")));
        Assert.Contains("escape-url", pages);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "outside-url")) || Directory.Exists(Path.Combine(repo.Root, "..", "outside-url")));
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "outside-alias")) || Directory.Exists(Path.Combine(repo.Root, "..", "outside-alias")));

        // Nothing is live: no script but JSON-LD, no javascript: link, no template code run, in any page.
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
            Assert.Empty(page.QuerySelectorAll("a[href^='javascript'], b, i"));
        }
        // No page, feed or sitemap carries a character XML 1.0 forbids: the XML files parse strictly, and no page holds one.
        Assert.Contains("control-headline", pages);
        // A Markdown document keeps its file's name as its URL name.
        Assert.Contains("references", pages);
        foreach (var file in new[] { "feed.xml", "sitemap.xml" })
        {
            using var reader = XmlReader.Create(Path.Combine(site, file), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }
        }
        // The generator may keep a space where a control character was.
        Assert.Matches(@"<title>Control\s+headline</title>", File.ReadAllText(Path.Combine(site, "feed.xml")));
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var forbidden = Record.Exception(() => XmlConvert.VerifyXmlChars(File.ReadAllText(file)));
            Assert.True(forbidden is null, $"{file}: {forbidden?.Message}");
        }
        var markup = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "articles", "markup", "index.html")));
        Assert.Equal("<script>alert('t')</script> {{ site.Title }}", markup.QuerySelector("h1")!.TextContent);
        Assert.Contains("{{ page.Title }}", markup.QuerySelector(".article-body")!.TextContent);
    }

    /// <summary>
    /// WarningsAsErrors escalates a content warning the .NET way. (.editorconfig and .globalconfig severities do not
    /// reach diagnostics located in AdditionalFiles: the compiler applies them per syntax tree, dotnet/roslyn#31916.)
    /// </summary>
    [Fact]
    public void WarningsAsErrors_escalates_a_content_warning_to_a_build_error()
    {
        using var repo = new RepoCopy();
        var docs = Path.Combine(repo.Root, "docs-with-empty");
        Directory.CreateDirectory(docs);
        Write(docs, "good.txt", "Good headline\nGood standfirst.\nBody.\n");
        Write(docs, "empty.txt", "");

        Assert.Equal(0, repo.Build($"-p:StaticNewsDocuments={docs}", "-p:StaticNewsSearch=false").ExitCode);

        var escalated = repo.Build($"-p:StaticNewsDocuments={docs}", "-p:StaticNewsSearch=false", "-p:WarningsAsErrors=SN0001", "--no-incremental");

        Assert.NotEqual(0, escalated.ExitCode);
        Assert.Contains($"{Path.Combine(docs, "empty.txt")}(1,1): error SN0001", escalated.Output);
    }
}
