using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StaticNews.Tasks.Tests.Infrastructure;

namespace StaticNews.Tasks.Tests;

/// <summary>
/// The scan that lets an edit of a body alone skip the compile: given the assembly the last compile wrote (here compiled
/// from the scan's own response file, its documents embedded as the build embeds them) and the generator, it leaves the
/// compiler's files as they are and lists the edited documents when every change since the compile is a body edit, and
/// rewrites them (so the content is compiled) for any other change.
/// </summary>
public sealed class BodyEditScanTests
{
    private const string Story = "---\ntitle: A story\ndescription: Told twice.\ndate: 2025-01-02\ntags: [town]\n---\nThe first paragraph.\n\nThe second.\n";

    private const string Note = "\nA note falls\nIts standfirst.\nIts first paragraph.\n";

    [Fact]
    public void Body_edits_leave_the_compilers_files_and_are_listed_and_any_other_change_compiles()
    {
        using var folder = new TempFolder();
        var story = folder.Write("seeds/story.md", Story);
        var note = folder.Write("seeds/note.txt", Note);
        var about = folder.Write("seeds/pages/about.md", "---\ntitle: About\n---\nWho we are.\n");
        var obj = Directory.CreateDirectory(Path.Combine(folder.Path, "obj")).FullName;

        Assert.True(Run(folder, obj).CompileNeeded);
        var notCompiled = Run(folder, obj);
        Assert.True(notCompiled.CompileNeeded);
        Assert.Contains("no compiled assembly", notCompiled.CompileReason);
        Compile(obj);
        var responseFileTime = File.GetLastWriteTimeUtc(Path.Combine(obj, "documents.rsp"));

        Edit(story, Story.Replace("The second.", "The second, longer.\n\nA third."));
        Edit(note, Note + "A second paragraph.\n");
        var bodies = Run(folder, obj);
        Assert.False(bodies.CompileNeeded, bodies.CompileReason);
        Assert.Equal(2, bodies.DocumentsEdited);
        Assert.Equal([note, story], Listed(obj));
        Assert.Equal(responseFileTime, File.GetLastWriteTimeUtc(Path.Combine(obj, "documents.rsp")));

        // Still listed while only the other one changes again (the compiled assembly has neither edit).
        Edit(story, Story.Replace("The first paragraph.", "A new first paragraph."));
        var again = Run(folder, obj);
        Assert.False(again.CompileNeeded, again.CompileReason);
        Assert.Equal([note, story], Listed(obj));

        // Back as compiled: no longer listed.
        Edit(note, Note);
        Assert.False(Run(folder, obj).CompileNeeded);
        Assert.Equal([story], Listed(obj));

        Edit(note, Note.Replace("A note falls", "A note rises"));
        var title = Run(folder, obj);
        Assert.True(title.CompileNeeded);
        Assert.Contains("'note.txt' changed more than its body", title.CompileReason);
        Assert.Empty(Listed(obj));
        Assert.NotEqual(responseFileTime, File.GetLastWriteTimeUtc(Path.Combine(obj, "documents.rsp")));
        Compile(obj);

        Edit(about, "---\ntitle: About\n---\nWho we were.\n");
        var page = Run(folder, obj);
        Assert.True(page.CompileNeeded);
        Assert.Contains("'pages/about.md' changed", page.CompileReason);
        Compile(obj);

        folder.Write("seeds/new.md", Story.Replace("A story", "Another story"));
        var added = Run(folder, obj);
        Assert.True(added.CompileNeeded);
        Assert.Contains("the documents passed to the compiler changed", added.CompileReason);
    }

    [Fact]
    public void A_linked_document_compiles_again_when_it_changes()
    {
        using var folder = new TempFolder();
        var target = folder.Write("seeds/sources/story.markdown", Story);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "seeds", "story.md"), target);
        var obj = Directory.CreateDirectory(Path.Combine(folder.Path, "obj")).FullName;
        Run(folder, obj);
        Compile(obj);
        Assert.False(Run(folder, obj).CompileNeeded);

        Edit(target, Story.Replace("The second.", "The second, longer."));
        var scan = Run(folder, obj);

        Assert.True(scan.CompileNeeded);
        Assert.Contains("'story.md' changed", scan.CompileReason);
    }

    [Fact]
    public void Without_the_generator_every_change_compiles_and_the_build_goes_on()
    {
        using var folder = new TempFolder();
        var story = folder.Write("seeds/story.md", Story);
        var obj = Directory.CreateDirectory(Path.Combine(folder.Path, "obj")).FullName;
        Run(folder, obj);
        Compile(obj);

        Edit(story, Story.Replace("The second.", "The second, longer."));
        var scan = Run(folder, obj, analyzers: [Path.Combine(obj, "missing", "StaticNews.Generator.dll")]);

        Assert.True(scan.CompileNeeded);
        Assert.Contains("the generator could not compare", scan.CompileReason);
        Assert.Empty(Listed(obj));
    }

    private static ScanDocuments Run(TempFolder folder, string obj, string[]? analyzers = null)
    {
        var engine = new FakeBuildEngine();
        var task = new ScanDocuments
        {
            BuildEngine = engine,
            DocumentsFolder = "seeds",
            Embed = true,
            ProjectDirectory = folder.Path,
            ResponseFile = Path.Combine(obj, "documents.rsp"),
            AnalyzerConfigFile = Path.Combine(obj, "documents.globalconfig"),
            ScanReportFile = Path.Combine(obj, "documents.scan"),
            CacheFile = Path.Combine(obj, "documents.scan-cache"),
            CompiledAssembly = Path.Combine(obj, "content.dll"),
            Analyzers = (analyzers ?? GeneratorFiles()).Select(path => (ITaskItem)new TaskItem(path)).ToArray(),
            ContentRoot = folder.Path + Path.DirectorySeparatorChar,
            EditedFile = Path.Combine(obj, "documents.edited"),
        };
        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        return task;
    }

    /// <summary>The generator and what it loads, as the compiler's analyzers are passed to the scan.</summary>
    private static string[] GeneratorFiles() =>
        new[] { "StaticNews.Generator.dll", "StaticNews.Configuration.dll", "YamlDotNet.dll", "Tomlyn.dll" }
            .Select(name => Path.Combine(AppContext.BaseDirectory, name)).ToArray();

    /// <summary>What the compile does with the scan's response file that matters here: the assembly embeds each document.</summary>
    private static void Compile(string obj)
    {
        var arguments = CSharpCommandLineParser.Default.Parse(["/out:content.dll", "/target:library", "@" + Path.Combine(obj, "documents.rsp")], obj, sdkDirectory: null);
        var compilation = CSharpCompilation.Create("content", [], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var output = File.Create(Path.Combine(obj, "content.dll"));
        Assert.True(compilation.Emit(output, manifestResources: arguments.ManifestResources).Success);
    }

    /// <summary>Written with a later time, as an editor saving a moment later does (the scan's cache tells changes by length and time).</summary>
    private static void Edit(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(-10 + Interlocked.Increment(ref _edits)));
    }

    private static int _edits;

    private static string[] Listed(string obj) =>
        File.ReadAllLines(Path.Combine(obj, "documents.edited")).Where(line => line.Length > 0).Select(line => line.Split('\t')[0]).ToArray();
}
