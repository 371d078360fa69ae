using System.Text;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// Text in UTF-16 or UTF-32 is full of NUL bytes, as binary data is; a byte order mark says it is text. The documents
/// scan hands a UTF-16 document to the compiler, which decodes it by its mark; a UTF-32 one (the compiler would read
/// little-endian as UTF-16 and cannot read big-endian at all) as a UTF-8 copy in obj/, every warning naming the
/// original.
/// </summary>
public sealed class DocumentEncodingTests
{
    [Fact]
    public void Documents_with_a_UTF16_or_UTF32_byte_order_mark_become_articles_and_warnings_name_the_original()
    {
        using var repo = new RepoCopy();
        var docs = Path.Combine(repo.Root, "encoded");
        Directory.CreateDirectory(docs);
        static byte[] Encoded(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        static string Document(string title) => $"{title}\nA standfirst of {title}.\nBody of {title}: café, Երևան.\n";
        File.WriteAllBytes(Path.Combine(docs, "utf16le.txt"), Encoded(new UnicodeEncoding(bigEndian: false, byteOrderMark: true), Document("UTF-16 little endian headline")));
        File.WriteAllBytes(Path.Combine(docs, "utf16be.txt"), Encoded(new UnicodeEncoding(bigEndian: true, byteOrderMark: true), Document("UTF-16 big endian headline")));
        File.WriteAllBytes(Path.Combine(docs, "utf32le.txt"), Encoded(new UTF32Encoding(bigEndian: false, byteOrderMark: true), Document("UTF-32 little endian headline")));
        File.WriteAllBytes(Path.Combine(docs, "utf32be.txt"), Encoded(new UTF32Encoding(bigEndian: true, byteOrderMark: true), Document("UTF-32 big endian headline")));
        // A title and no standfirst: SN0002, which must name this file, not the copy the compiler read.
        File.WriteAllBytes(Path.Combine(docs, "utf32 title only.txt"), Encoded(new UTF32Encoding(bigEndian: true, byteOrderMark: true), "Only a title\n"));
        File.WriteAllBytes(Path.Combine(docs, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);

        var build = repo.Build($"-p:StaticNewsDocuments={docs}", "-p:StaticNewsSearch=false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("SN0033", build.Output);
        Assert.DoesNotContain("staticnews.documents.utf8", build.Output);
        foreach (var name in new[] { "utf16le.txt", "utf16be.txt", "utf32le.txt", "utf32be.txt" })
        {
            Assert.DoesNotContain(name + "(", build.Output);
        }
        Assert.Contains($"{Path.Combine(docs, "utf32 title only.txt")}(1,1): warning SN0002", build.Output);
        Assert.Contains($"{Path.Combine(docs, "binary.txt")}(1,1): warning SN0007", build.Output);
        var articles = Directory.GetDirectories(Path.Combine(repo.Site, "articles")).Select(d => Path.GetFileName(d)).Order().ToList();
        Assert.Equal(["only-a-title", "utf-16-big-endian-headline", "utf-16-little-endian-headline", "utf-32-big-endian-headline", "utf-32-little-endian-headline"], articles);
        foreach (var title in new[] { "UTF-16 little endian headline", "UTF-16 big endian headline", "UTF-32 little endian headline", "UTF-32 big endian headline" })
        {
            var page = File.ReadAllText(Path.Combine(repo.Site, "articles", title.ToLowerInvariant().Replace(' ', '-'), "index.html"));
            Assert.Contains($"<h1", page);
            Assert.Contains(title, page);
            Assert.Contains($"Body of {title}: café, Երևան.", page);
        }
    }
}
