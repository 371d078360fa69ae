using System.Text;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// Text in UTF-16 or UTF-32 is full of NUL bytes, as binary data is; a byte order mark says it is text. The documents
/// scan hands such a document to the compiler, which decodes UTF-16 by its mark; UTF-32 big-endian, which the compiler
/// cannot read at all (it would stop the whole build with CS2015), is left out with a warning naming it.
/// </summary>
public sealed class DocumentEncodingTests
{
    [Fact]
    public void Documents_with_a_UTF16_byte_order_mark_become_articles_and_UTF32_big_endian_is_named_in_a_warning()
    {
        using var repo = new RepoCopy();
        var docs = Path.Combine(repo.Root, "encoded");
        Directory.CreateDirectory(docs);
        static byte[] Encoded(Encoding encoding, string title) => [.. encoding.GetPreamble(), .. encoding.GetBytes($"{title}\nA standfirst.\nBody.\n")];
        File.WriteAllBytes(Path.Combine(docs, "utf16le.txt"), Encoded(new UnicodeEncoding(bigEndian: false, byteOrderMark: true), "Little endian headline"));
        File.WriteAllBytes(Path.Combine(docs, "utf16be.txt"), Encoded(new UnicodeEncoding(bigEndian: true, byteOrderMark: true), "Big endian headline"));
        File.WriteAllBytes(Path.Combine(docs, "utf32be.txt"), Encoded(new UTF32Encoding(bigEndian: true, byteOrderMark: true), "UTF-32 headline"));
        File.WriteAllBytes(Path.Combine(docs, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);

        var build = repo.Build($"-p:StaticNewsDocuments={docs}", "-p:StaticNewsSearch=false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("utf16le.txt(1,1): warning", build.Output);
        Assert.DoesNotContain("utf16be.txt(1,1): warning", build.Output);
        Assert.Contains($"{Path.Combine(docs, "utf32be.txt")}(1,1): warning SN0033: 'utf32be.txt' is left out of the site: it is UTF-32 big-endian text", build.Output);
        Assert.Contains($"{Path.Combine(docs, "binary.txt")}(1,1): warning SN0007", build.Output);
        var articles = Directory.GetDirectories(Path.Combine(repo.Site, "articles")).Select(d => Path.GetFileName(d)).Order().ToList();
        Assert.Equal(["big-endian-headline", "little-endian-headline"], articles);
    }
}
