using System;
using System.IO;
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

    /// <summary>How many documents the scan read.</summary>
    [Output]
    public int DocumentsRead { get; set; }

    public override bool Execute()
    {
        var root = Path.GetFullPath(Path.Combine(ProjectDirectory, DocumentsFolder));
        // UTF-32 documents' UTF-8 copies, beside the response file (the scan's state folder in obj/).
        var copies = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ResponseFile)), "staticnews.documents.utf8");
        var cache = CacheFile.Length > 0 ? ScanCache.Load(CacheFile) : null;
        var scan = new DocumentScan(root, Embed, copies, (code, path, message) => Log.LogWarning(null, code, null, path, 1, 1, 0, 0, "{0}", message), Selection(), cache);
        scan.Run();
        scan.RemoveStaleCopies();
        DocumentsRead = scan.DocumentsRead;
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(ResponseFile, scan.ResponseFile, utf8);
        File.WriteAllText(AnalyzerConfigFile, scan.AnalyzerConfig, utf8);
        File.WriteAllText(ScanReportFile, scan.Report, utf8);
        // Last: a scan stopped before here leaves the previous cache, which names only documents it had read.
        cache?.Save(CacheFile);
        return !Log.HasLoggedErrors;
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
