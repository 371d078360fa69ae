using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using StaticNews.Configuration;
using StaticNews.Tasks.Scanning;

namespace StaticNews.Tasks;

/// <summary>
/// Passes the documents to the compiler: walks the documents folder itself rather than taking MSBuild's glob (MSBuild
/// reads a '\' in a file name as a folder separator on Unix, and follows symbolic links anywhere), and writes the
/// compiler's response file, the global analyzer config of resource names and a report for the summary; a UTF-32
/// document reaches the compiler as a UTF-8 copy in obj/ (staticnews.documents.utf8/), the analyzer config naming its
/// original.
/// </summary>
public sealed class ScanDocuments : Task
{
    /// <summary>The documents folder, relative to <see cref="ProjectDirectory"/> or absolute.</summary>
    public string DocumentsFolder { get; set; } = "";

    /// <summary>Whether documents are embedded as resources (each named in the analyzer config).</summary>
    public bool Embed { get; set; }

    /// <summary>staticnews.yml, whose <c>exclude:</c> patterns leave files out; empty or missing for none.</summary>
    public string ConfigFile { get; set; } = "";

    [Required]
    public string ProjectDirectory { get; set; } = "";

    [Required]
    public string ResponseFile { get; set; } = "";

    [Required]
    public string AnalyzerConfigFile { get; set; } = "";

    [Required]
    public string ScanReportFile { get; set; } = "";

    /// <summary>Where the scan keeps which text documents it read, so the next reads only those changed since; empty for none.</summary>
    public string CacheFile { get; set; } = "";

    /// <summary>
    /// The assembly the last compile wrote (obj/), which embeds the documents as it read them: given, with
    /// <see cref="Embed"/>, <see cref="EditedFile"/> and the generator among <see cref="Analyzers"/>, a scan that finds
    /// the same documents, some of them edited in their body only, leaves the compiler's files as they are, so the compile
    /// is skipped, and lists those documents in <see cref="EditedFile"/> for the site's render.
    /// </summary>
    public string CompiledAssembly { get; set; } = "";

    /// <summary>The compiler's analyzers: the generator (StaticNews.Generator.dll) judges which edits changed only a body, and the files beside it are what it loads.</summary>
    public ITaskItem[] Analyzers { get; set; } = [];

    /// <summary>The generator's content root (StaticNewsContentRoot), which the parse needs to name each document's source path.</summary>
    public string ContentRoot { get; set; } = "";

    /// <summary>Where the documents edited in their body only since the last compile are listed (one a line: path, length, time); empty for none.</summary>
    public string EditedFile { get; set; } = "";

    /// <summary>How many documents the scan read.</summary>
    [Output]
    public int DocumentsRead { get; set; }

    /// <summary>Whether the scan rewrote the compiler's response file, so the content is compiled again.</summary>
    [Output]
    public bool CompileNeeded { get; set; } = true;

    /// <summary>How many documents are edited in their body only since the last compile (those in <see cref="EditedFile"/>).</summary>
    [Output]
    public int DocumentsEdited { get; set; }

    /// <summary>Why the content is compiled again, when the scan looked for body edits; empty otherwise.</summary>
    [Output]
    public string CompileReason { get; set; } = "";

    public override bool Execute()
    {
        var root = Path.GetFullPath(Path.Combine(ProjectDirectory, DocumentsFolder));
        // UTF-32 documents' UTF-8 copies, beside the response file (the scan's state folder in obj/).
        var copies = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ResponseFile)), "staticnews.documents.utf8");
        var cache = CacheFile.Length > 0 ? ScanCache.Load(CacheFile) : null;
        var lookForBodyEdits = Embed && CompiledAssembly.Length > 0 && EditedFile.Length > 0;
        var scan = new DocumentScan(root, Embed, copies, (code, path, message) => Log.LogWarning(null, code, null, path, 1, 1, 0, 0, "{0}", message), Selection(), cache,
            keepRead: lookForBodyEdits);
        scan.Run();
        scan.RemoveStaleCopies();
        DocumentsRead = scan.DocumentsRead;
        var utf8 = new UTF8Encoding(false);
        var edited = lookForBodyEdits ? EditedSinceCompile(scan, root) : null;
        if (edited is null)
        {
            File.WriteAllText(ResponseFile, scan.ResponseFile, utf8);
            File.WriteAllText(AnalyzerConfigFile, scan.AnalyzerConfig, utf8);
            File.WriteAllText(ScanReportFile, scan.Report, utf8);
        }
        else
        {
            CompileNeeded = false;
            DocumentsEdited = edited.Count;
            WriteIfChanged(ScanReportFile, scan.Report);
        }
        if (EditedFile.Length > 0)
        {
            WriteIfChanged(EditedFile, string.Concat((edited ?? []).Select(document => document.File + "\t" + document.Length + "\t" + document.Ticks + "\n")));
        }
        // Last: a scan stopped before here leaves the previous cache, which names only documents it had read.
        cache?.Save(CacheFile);
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// The documents edited in their body only since the last compile, when this scan passes the compiler what it passed
    /// then (the same response file and analyzer config) and the compile can be skipped; else null, and why in <see cref="CompileReason"/>.
    /// </summary>
    private IReadOnlyList<ScannedDocument>? EditedSinceCompile(DocumentScan scan, string root)
    {
        if (!Same(ResponseFile, scan.ResponseFile) || !Same(AnalyzerConfigFile, scan.AnalyzerConfig))
        {
            CompileReason = "the documents passed to the compiler changed";
            return null;
        }
        var generator = Analyzers.Select(item => item.GetMetadata("FullPath")).FirstOrDefault(path => Path.GetFileName(path) == "StaticNews.Generator.dll");
        if (generator is null)
        {
            CompileReason = "the generator is not among the analyzers";
            return null;
        }
        using var compiled = CompiledDocuments.Open(CompiledAssembly);
        if (compiled is null)
        {
            CompileReason = "there is no compiled assembly to compare with";
            return null;
        }
        string? failure = null;
        var edited = BodyEditDecision.EditedSinceCompile(scan.Passed, Listed(), compiled.Read, (documents, before) =>
            GeneratorBodyEdits.OnlyBodiesChanged(generator, Analyzers.Select(item => item.GetMetadata("FullPath")), ContentRoot, ConfigFile, root,
                documents.Select(document => document.File).ToArray(), documents.Select(document => document.Resource ?? "").ToArray(),
                before, documents.Select(document => document.Bytes!).ToArray(), out failure), out var reason);
        CompileReason = failure is null ? reason : reason + ": " + failure;
        return edited;
    }

    /// <summary>The documents the last scan listed as edited since the compile.</summary>
    private IEnumerable<string> Listed()
    {
        try
        {
            return File.Exists(EditedFile) ? File.ReadAllLines(EditedFile).Where(line => line.Length > 0).Select(line => line.Split('\t')[0]).ToList() : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool Same(string file, string text)
    {
        try
        {
            return File.Exists(file) && File.ReadAllText(file) == text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Written only when it changed: an input of a later step keeps its time when its content is the same.</summary>
    private static void WriteIfChanged(string file, string text)
    {
        if (!Same(file, text))
        {
            File.WriteAllText(file, text, new UTF8Encoding(false));
        }
    }

    /// <summary>The config's problems are the generator's to report (SN0008); here an unreadable file excludes nothing.</summary>
    private DocumentSelection Selection()
    {
        try
        {
            return ConfigFile.Length > 0 && File.Exists(ConfigFile) ? DocumentSelection.FromConfig(File.ReadAllText(ConfigFile)) : DocumentSelection.Default;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DocumentSelection.Default;
        }
    }
}
