using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// Every file name the file system allows reaches the compiler intact (its document becomes an article) or is left out
/// with a warning naming it; nothing in a name reaches the compiler as an option, and the build never fails.
/// </summary>
public sealed class DocumentFileNameTests
{
    /// <summary>Names the compiler's response file and file-list parsing can carry: each one becomes an article.</summary>
    private static readonly (string Name, string Title)[] Published =
    [
        ("quote\"d.txt", "Quote headline"),
        ("quote\", then; comma.txt", "Quote then separators headline"),
        ("back\\slash.txt", "Backslash headline"),
        ("trailing back\\\\\".txt", "Backslashes before a quote headline"),
        ("com,ma.txt", "Comma headline"),
        ("semi;colon.txt", "Semicolon headline"),
        ("#hash.txt", "Hash headline"),
        ("-langversion.txt", "Dash headline"),
        ("@at.txt", "At headline"),
        ("two  spaces .txt", "Spaces headline"),
        ("no\u00A0break\u3000space.txt", "Unicode spaces headline"),
        ("Ереван café.txt", "Non ASCII headline"),
        (new string('l', 250) + ".txt", "Long name headline"),
    ];

    /// <summary>Names that cannot be passed safely: each is left out with SN0030, named (control characters as \uXXXX).</summary>
    private static readonly (string Name, string Shown)[] Refused =
    [
        ("new\n-langversion:1\n.txt", "new\\u000A-langversion:1\\u000A.txt"),
        ("ta\tb.txt", "ta\\u0009b.txt"),
        ("pi|pe.txt", "pi|pe.txt"),
        ("st*ar.txt", "st*ar.txt"),
        ("que?stion.txt", "que?stion.txt"),
        ("line\u2028separator.txt", "line\\u2028separator.txt"),
        // MSBuild reads the compiler's messages up to the first ':' as the file: a warning about this document would
        // be shown as an error (or, for "Breaking: news.txt", as a plain message).
        ("x(1,1): error CS0001: fake.txt", "x(1,1): error CS0001: fake.txt"),
        ("Breaking: news.txt", "Breaking: news.txt"),
    ];

    [Fact]
    public void Every_file_name_is_published_or_named_in_a_warning_and_none_reaches_the_compiler_as_an_option()
    {
        using var repo = new RepoCopy();
        var docs = Path.Combine(repo.Root, "named");
        Directory.CreateDirectory(docs);
        foreach (var (name, title) in Published)
        {
            File.WriteAllText(Path.Combine(docs, name), $"{title}\nA standfirst.\nBody.\n");
        }
        foreach (var (name, _) in Refused)
        {
            // Title only: the generator would warn about each (SN0002), were it passed to the compiler.
            File.WriteAllText(Path.Combine(docs, name), "Refused headline\n");
        }
        // A name that is not valid UTF-8 (the file system allows any bytes): .NET reads it with U+FFFD and cannot open
        // the file by that name. Made by the shell, as .NET writes every name in UTF-8.
        Shell(docs, "printf 'Invalid headline\\nA standfirst.\\n' > \"$(printf 'not\\377utf8.txt')\"");
        // To the compiler's analyzer config lookup '\' separates folders, on Unix too: these two would share a resource name.
        Directory.CreateDirectory(Path.Combine(docs, "folder"));
        File.WriteAllText(Path.Combine(docs, "folder", "name.txt"), "Folder headline\nA standfirst.\nBody.\n");
        File.WriteAllText(Path.Combine(docs, "folder\\name.txt"), "Backslash name headline\nA standfirst.\nBody.\n");
        var generated = Path.Combine(repo.Root, "generated");
        string[] arguments = [$"-p:StaticNewsDocuments={docs}", "-p:StaticNewsSearch=false", "-v:n",
            "-p:EmitCompilerGeneratedFiles=true", $"-p:CompilerGeneratedFilesOutputPath={generated}"];

        try
        {
            BuildAndCheck(repo, docs, generated, arguments);
        }
        finally
        {
            // .NET could not delete it by the name it reads.
            Shell(docs, "rm -f not*utf8.txt");
        }
    }

    private static void BuildAndCheck(RepoCopy repo, string docs, string generated, string[] arguments)
    {
        // C# 1 has no generics: had '-langversion:1' reached the compiler, the site's own code would not compile.
        var build = repo.Build(arguments);

        Assert.True(build.ExitCode == 0, build.Output);
        var articles = Directory.GetDirectories(Path.Combine(repo.Site, "articles")).Select(d => Path.GetFileName(d)).Order().ToList();
        var expected = Published.Select(document => document.Title.ToLowerInvariant().Replace(' ', '-')).Append("folder-headline").Order().ToList();
        Assert.Equal(expected, articles);
        // Each published document is embedded, and the generator was told its resource name (through the analyzer
        // config section for its path), so its article reads the body from the assembly: no article class carries its
        // body as a UTF-8 literal, which is what the generator emits for a document it has no resource name for.
        var generatedCode = string.Concat(Directory.EnumerateFiles(generated, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Equal(Published.Length + 1, generatedCode.Split("public sealed partial class ").Length - 1);
        Assert.DoesNotContain("BodyUtf8", generatedCode, StringComparison.Ordinal);
        Assert.Contains("(1,1): warning SN0032: 'not\uFFFDutf8.txt' is left out of the site: it cannot be read", build.Output);
        Assert.Contains($"{Path.Combine(docs, "folder\\name.txt")}(1,1): warning SN0030: 'folder\\name.txt' is left out of the site: to the compiler its path is the same as 'folder/name.txt'", build.Output);
        foreach (var (_, shown) in Refused)
        {
            Assert.Contains($"{Path.Combine(docs, shown)}(1,1): warning SN0030: '{shown}' is left out of the site", build.Output);
        }

        // The names MSBuild itself misreads (a '\' is a folder separator to it on Unix) do not make the documents look
        // changed: a build with nothing changed reads no document again.
        var noOp = repo.Build(arguments);
        Assert.True(noOp.ExitCode == 0, noOp.Output);
        Assert.Contains("Skipping target \"_StaticNewsScanDocuments\"", noOp.Output);
        Assert.Contains("Skipping target \"CoreCompile\"", noOp.Output);
    }

    private static void Shell(string folder, string command)
    {
        var start = new System.Diagnostics.ProcessStartInfo("sh") { WorkingDirectory = folder };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = System.Diagnostics.Process.Start(start)!;
        process.WaitForExit();
    }
}
