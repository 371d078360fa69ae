using System.Text;
using StaticNews.Tasks.Tests.Infrastructure;

namespace StaticNews.Tasks.Tests;

/// <summary>
/// The documents scan over real folders: every document the compiler can take reaches it under its exact path and a
/// resource name the generator is told (checked with the compiler's own command-line and analyzer config parsers),
/// and every one it cannot take is left out with a warning naming it. Names are Unix names (a '\' and ':' are
/// ordinary characters there), as on the machines this project builds on.
/// </summary>
public sealed class ScanDocumentsTests
{
    /// <summary>Names that need quoting or escaping on a response file line, in a file list, or in an analyzer config
    /// section; on Unix a '\' is part of a name.</summary>
    public static TheoryData<string> QuotedNames()
    {
        var names = new TheoryData<string>
        {
            "plain.txt", "with space.txt", "two  spaces .md", "comma, and; semicolon.txt", "quote \"here\".txt", "'single'.md",
            "#hash.txt", "[brackets].txt", "{braces}.md", "a=b.txt", "ünïcödé.md", "Ереван.txt", "@at.txt", "-dash.txt",
        };
        names.Add("back\\slash.txt");
        names.Add("quote after backslash\\\".txt");
        names.Add("backslashes\\\\ before space\\ .txt");
        return names;
    }

    [Theory]
    [MemberData(nameof(QuotedNames))]
    public void A_name_reaches_the_compiler_exactly_as_an_additional_file_and_a_resource_named_for_the_generator(string name)
    {
        using var folder = new TempFolder();
        var document = folder.Write(name, $"Title of {name}\nStandfirst.\n");

        var scan = Scan.Run(folder.Path);

        Assert.Empty(scan.Warnings());
        Assert.Equal([document], scan.AdditionalFiles());
        var resource = Assert.Single(scan.Resources());
        Assert.Equal($"Title of {name}\nStandfirst.\n", resource.Content);
        Assert.Equal(resource.Name, scan.ResourceNameFor(document));
        Assert.StartsWith("StaticNews.Documents/", resource.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_in_subfolders_are_passed_in_ordinal_order_and_other_files_are_ignored()
    {
        using var folder = new TempFolder();
        var b = folder.Write("b.md", "B\n");
        var a = folder.Write("sub/a.txt", "A\n");
        var upper = folder.Write("B.txt", "Upper\n");
        folder.Write("picture.png", [0x89, 0x50, 0x4E, 0x47, 0x00]);
        folder.Write("notes.TXT.bak", "x");

        var scan = Scan.Run(folder.Path);

        Assert.Equal([upper, b, a], scan.AdditionalFiles());
        Assert.Equal("StaticNews.Documents/sub/a.txt", scan.ResourceNameFor(a));
        Assert.Equal("documents\t3\n", scan.Report);
    }

    [Fact]
    public void A_README_and_the_files_staticnews_yml_excludes_are_not_documents()
    {
        using var folder = new TempFolder();
        var post = folder.Write("2024-01-01-post.md", "---\ntitle: Post\n---\nBody.\n");
        var nested = folder.Write("news/story.txt", "Story\nStandfirst.\n");
        folder.Write("README.md", "# How this folder works\n");
        folder.Write("news/readme.MD", "# Notes\n");
        folder.Write("drafts/idea.md", "Idea\n");
        folder.Write("news/_index.md", "+++\ntitle = \"News\"\n+++\n");
        var config = folder.Write("staticnews.yml", "exclude:\n  - drafts/\n  - \"**/_index.md\"\n");

        var scan = Scan.Run(folder.Path, configFile: config);

        Assert.Empty(scan.Warnings());
        Assert.Equal([post, nested], scan.AdditionalFiles());
    }

    [Fact]
    public void Without_embedding_only_additional_files_are_passed_and_the_analyzer_config_names_none()
    {
        using var folder = new TempFolder();
        var document = folder.Write("one.txt", "One\n");

        var scan = Scan.Run(folder.Path, embed: false);

        Assert.Equal([document], scan.AdditionalFiles());
        Assert.Empty(scan.Resources());
        Assert.Null(scan.ResourceNameFor(document));
    }

    public static TheoryData<string, string> RefusedNames() => new()
        {
            { "Breaking: news.txt", "contains ':'" },
            { "pipe|name.txt", "contains '|'" },
            { "star*.txt", "wildcard" },
            { "question?.md", "wildcard" },
            { "tab\there.txt", "(a tab)" },
            { "line\nbreak.txt", "line break" },
            { "bell\u0007.txt", "U+0007" },
        };

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public void A_name_the_command_line_cannot_carry_is_left_out_with_SN0030_naming_it_printably(string name, string reason)
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", "Good\n");
        var refused = folder.Write(name, "Refused\n");

        var scan = Scan.Run(folder.Path);

        Assert.Equal([good], scan.AdditionalFiles());
        var warning = Assert.Single(scan.Engine.Warnings);
        Assert.Equal("SN0030", warning.Code);
        Assert.Equal(Printable(refused), warning.File);
        Assert.Contains(reason, warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', warning.File);
        Assert.Equal($"documents\t2\nwarning\t{Printable(refused)}\n", scan.Report);
    }

    [Fact]
    public void Two_documents_the_compiler_takes_as_one_path_keep_the_first_and_leave_out_the_second()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a/b.txt", "First\n");
        var second = folder.Write("a\\b.txt", "Second\n");

        var scan = Scan.Run(folder.Path);

        Assert.Equal([first], scan.AdditionalFiles());
        Assert.Equal([("SN0030", second)], scan.Warnings());
        Assert.Contains("the same as 'a/b.txt'", scan.Engine.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_is_left_out_and_UTF16_text_is_passed_as_it_is()
    {
        using var folder = new TempFolder();
        var binary = folder.Write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        var utf16le = folder.Write("utf16le.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Title\nBody.\n")).ToArray());
        var utf16be = folder.Write("utf16be.txt", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Title\nBody.\n")).ToArray());
        // UTF-16 with two NUL characters in a row: the compiler would call it binary and stop the build.
        var utf16Nuls = folder.Write("utf16nuls.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Ti\0\0tle\n")).ToArray());
        var utf32Nuls = folder.Write("utf32nuls.txt", Utf32(bigEndian: false, "Ti\0\0tle\n"));

        var scan = Scan.Run(folder.Path);

        Assert.Equal([utf16be, utf16le], scan.AdditionalFiles());
        Assert.Equal([("SN0007", binary), ("SN0007", utf16Nuls), ("SN0007", utf32Nuls)], scan.Warnings());
    }

    /// <summary>
    /// The scan runs again whenever one document changed; with its cache it reads only the documents changed since the
    /// last scan read them (another length or time), and passes the same files as a scan that reads every one.
    /// </summary>
    [Fact]
    public void A_scan_with_its_cache_reads_only_the_documents_changed_since_and_passes_the_same_files()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "obj", "scan-cache");
        var old = DateTime.UtcNow.AddHours(-1);
        var documents = Enumerable.Range(0, 5).Select(i => folder.Write($"docs/story-{i}.md", $"# Story {i}\n\nBody {i}.\n")).ToList();
        documents.ForEach(document => File.SetLastWriteTimeUtc(document, old));
        var docs = Path.Combine(folder.Path, "docs");

        Assert.Equal(5, Scan.Run(docs, cacheFile: cache).DocumentsRead);
        var unchanged = Scan.Run(docs, cacheFile: cache);
        Assert.Equal(0, unchanged.DocumentsRead);
        Assert.Equal(documents, unchanged.AdditionalFiles());

        // An edit (a new length, then a new time alone), a new document and a document turned binary are read; a deleted one is gone.
        File.AppendAllText(documents[1], "More.\n");
        File.SetLastWriteTimeUtc(documents[2], old.AddMinutes(1));
        var added = folder.Write("docs/story-5.md", "# Story 5\n");
        File.WriteAllBytes(documents[3], [0x89, 0x50, 0x4E, 0x47, 0x00]);
        File.Delete(documents[4]);
        var edited = Scan.Run(docs, cacheFile: cache);

        Assert.Equal(4, edited.DocumentsRead);
        Assert.Equal([documents[0], documents[1], documents[2], added], edited.AdditionalFiles());
        Assert.Equal([("SN0007", documents[3])], edited.Warnings());
        var full = Scan.Run(docs);
        Assert.Equal(full.ResponseFile, edited.ResponseFile);
        Assert.Equal(full.AnalyzerConfig, edited.AnalyzerConfig);
    }

    /// <summary>
    /// A document whose time is within a moment of the last scan may have been edited in the same step of the file
    /// system's clock as that scan read it, its length and time kept: it is read again. So is every document when the
    /// cache cannot be read.
    /// </summary>
    [Fact]
    public void A_document_as_new_as_the_last_scan_and_a_cache_that_cannot_be_read_are_read_again()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "obj", "scan-cache");
        var docs = Path.Combine(folder.Path, "docs");
        var fresh = folder.Write("docs/fresh.md", "# Fresh\n\nText.\n");
        var older = folder.Write("docs/older.md", "# Older\n\nText.\n");
        File.SetLastWriteTimeUtc(older, DateTime.UtcNow.AddHours(-1));
        Scan.Run(docs, cacheFile: cache);

        // The same length and time, but binary now: a scan that trusted its cache would pass it and stop the compiler (CS2015).
        var time = File.GetLastWriteTimeUtc(fresh);
        File.WriteAllBytes(fresh, [.. "# Fresh\n\0\0ext.\n"u8]);
        File.SetLastWriteTimeUtc(fresh, time);
        var again = Scan.Run(docs, cacheFile: cache);
        Assert.Equal(1, again.DocumentsRead);
        Assert.Equal([("SN0007", fresh)], again.Warnings());

        File.WriteAllBytes(cache, [0x1A, 0xFF, 0x00, 0x42]);
        var unreadable = Scan.Run(docs, cacheFile: cache);
        Assert.Equal(2, unreadable.DocumentsRead);
        Assert.Equal([older], unreadable.AdditionalFiles());
    }

    private static byte[] Utf32(bool bigEndian, string text) => [.. new UTF32Encoding(bigEndian, byteOrderMark: true).GetPreamble(), .. new UTF32Encoding(bigEndian, false).GetBytes(text)];

    /// <summary>The compiler reads UTF-32 little-endian as UTF-16 (its mark starts with UTF-16's) and cannot read
    /// big-endian: each reaches it as a UTF-8 copy in the scan's folder, the generator told the original's path.</summary>
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void A_UTF32_document_is_passed_as_a_UTF8_copy_whose_analyzer_config_names_the_original(bool bigEndian, bool embed)
    {
        using var folder = new TempFolder();
        const string Text = "Café in Երևան #1; \U0001F600\nBody.\n";
        var original = folder.Write("news #1; ü.md", Utf32(bigEndian, Text));
        var plain = folder.Write("plain.txt", "Plain\n");

        var scan = Scan.Run(folder.Path, embed);

        Assert.Empty(scan.Warnings());
        var files = scan.AdditionalFiles();
        Assert.Equal(2, files.Count);
        var copy = files[0];
        Assert.Equal(plain, files[1]);
        Assert.NotEqual(original, copy);
        Assert.Equal(Path.Combine(scan.OutputFolder, "staticnews.documents.utf8"), Path.GetDirectoryName(copy));
        Assert.EndsWith(".md", copy, StringComparison.Ordinal);
        Assert.Equal([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)], File.ReadAllBytes(copy));
        Assert.Equal(original, scan.SourceFileFor(copy));
        Assert.Null(scan.SourceFileFor(plain));
        if (embed)
        {
            Assert.Equal("StaticNews.Documents/news%20%231%3B%20%C3%BC.md", scan.ResourceNameFor(copy));
            Assert.Contains(("StaticNews.Documents/news%20%231%3B%20%C3%BC.md", Text), scan.Resources());
        }
        else
        {
            Assert.Empty(scan.Resources());
        }
        Assert.Equal("documents\t2\n", scan.Report);
    }

    [Fact]
    public void A_copy_keeps_its_name_from_scan_to_scan_and_is_removed_once_its_original_is_gone()
    {
        using var folder = new TempFolder();
        var output = Directory.CreateTempSubdirectory("staticnews-scan-").FullName;
        var first = folder.Write("first.txt", Utf32(bigEndian: true, "First\n"));
        folder.Write("second.txt", Utf32(bigEndian: false, "Second\n"));

        var before = Scan.Run(folder.Path, output: output).AdditionalFiles();
        var again = Scan.Run(folder.Path, output: output).AdditionalFiles();
        File.Delete(first);
        var after = Scan.Run(folder.Path, output: output).AdditionalFiles();

        Assert.Equal(2, before.Count);
        Assert.Equal(before, again);
        Assert.Equal([before[1]], after);
        Assert.Equal([before[1]], Directory.GetFiles(Path.Combine(output, "staticnews.documents.utf8")));
        File.Delete(Path.Combine(folder.Path, "second.txt"));
        Assert.Empty(Scan.Run(folder.Path, output: output).AdditionalFiles());
        Assert.False(Directory.Exists(Path.Combine(output, "staticnews.documents.utf8")));
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_folder_is_left_out_with_SN0031_and_one_inside_is_followed()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.txt", "Secret\n");
        using var folder = new TempFolder();
        var real = folder.Write("real.txt", "Real\n");
        var inside = Path.Combine(folder.Path, "alias.txt");
        File.CreateSymbolicLink(inside, real);
        var fileOut = Path.Combine(folder.Path, "leak.txt");
        File.CreateSymbolicLink(fileOut, secret);
        var folderOut = Path.Combine(folder.Path, "linked");
        Directory.CreateSymbolicLink(folderOut, outside.Path);
        var loop = Path.Combine(folder.Path, "sub", "loop");
        Directory.CreateDirectory(Path.GetDirectoryName(loop)!);
        Directory.CreateSymbolicLink(loop, folder.Path);

        var scan = Scan.Run(folder.Path);

        Assert.Equal([inside, real], scan.AdditionalFiles());
        Assert.Equal([("SN0031", fileOut), ("SN0031", folderOut)], scan.Warnings());
        Assert.Contains("copy the document", scan.Engine.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("copy its documents", scan.Engine.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Equal($"documents\t3\nwarning\t{fileOut}\nwarning\t{folderOut}\n", scan.Report);
    }

    [Fact]
    public void A_missing_documents_folder_gives_empty_files_and_no_warning()
    {
        using var folder = new TempFolder();

        var scan = Scan.Run(Path.Combine(folder.Path, "missing"));

        Assert.Empty(scan.AdditionalFiles());
        Assert.Equal("is_global = true\n", scan.AnalyzerConfig);
        Assert.Equal("documents\t0\n", scan.Report);
        Assert.Empty(scan.Warnings());
    }

    private static string Printable(string value) =>
        string.Concat(value.Select(c => c < ' ' ? $"\\u{(int)c:X4}" : c.ToString()));
}
