using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using StaticNews.Configuration;

namespace StaticNews.Tasks.Scanning;

/// <summary>
/// Walks the documents folder and reads every document once (which files are documents: <see cref="DocumentSelection"/>): what passes goes into the compiler's response file
/// (and, when embedding, the analyzer config naming its resource); what cannot reach the compiler safely is left out
/// with a warning naming it. A UTF-32 document (which the compiler would misread, or not read at all) is passed as a
/// UTF-8 copy in <paramref name="copiesFolder"/>, the analyzer config naming its original for the generator. A text
/// document the last scan read and that has not changed since (<paramref name="cache"/>) is not read again.
/// </summary>
/// <param name="keepRead">Keep the bytes of each document read (<see cref="Passed"/>), for the check against the last compile's.</param>
internal sealed class DocumentScan(string root, bool embed, string copiesFolder, Action<string, string, string> warn, DocumentSelection? selection = null, ScanCache? cache = null,
    bool keepRead = false)
{
    private readonly Dictionary<string, ScannedDocument> _passed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _copies = new(StringComparer.Ordinal);
    private readonly StringBuilder _arguments = new();
    private readonly StringBuilder _analyzerConfig = new("is_global = true\n");
    private readonly StringBuilder _report = new();
    private readonly Dictionary<string, string> _sections = new(StringComparer.Ordinal);
    private readonly StringComparison _extensionComparison = Path.DirectorySeparatorChar == '/' ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
    private string _realRoot = "";

    /// <summary>One compiler argument a line.</summary>
    public string ResponseFile => _arguments.ToString();

    public string AnalyzerConfig => _analyzerConfig.ToString();

    /// <summary>How many documents there are (those left out too), and each path with a warning, for the summary.</summary>
    public string Report => "documents\t" + DocumentCount + "\n" + _report;

    public int DocumentCount { get; private set; }

    /// <summary>How many documents this scan read (the others were known to its cache).</summary>
    public int DocumentsRead { get; private set; }

    /// <summary>Each document passed to the compiler, by its full path.</summary>
    public IReadOnlyDictionary<string, ScannedDocument> Passed => _passed;

    public void Run()
    {
        if (!Directory.Exists(root) || RealPaths.Resolve(root) is not { } realRoot)
        {
            return;
        }
        _realRoot = realRoot;
        Walk(root, realRoot, "", new List<string> { realRoot });
    }

    /// <summary>Deletes the copies of documents this scan no longer passes (an original deleted, renamed or saved in
    /// another encoding), and the folder when none is left.</summary>
    public void RemoveStaleCopies()
    {
        if (!Directory.Exists(copiesFolder))
        {
            return;
        }
        foreach (var file in Directory.GetFiles(copiesFolder))
        {
            if (!_copies.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
        if (_copies.Count == 0)
        {
            Directory.Delete(copiesFolder);
        }
    }

    private void Warn(string code, string path, string message)
    {
        warn(code, DocumentNames.Printable(path), message);
        _report.Append("warning\t").Append(DocumentNames.Printable(path)).Append('\n');
    }

    /// <summary>The documents in ordinal order of their path. A symbolic link (to a document or a folder) is followed
    /// only when its real path stays inside the documents folder; a linked folder seen before on the way is skipped.</summary>
    private void Walk(string folder, string realFolder, string relative, List<string> ancestors)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception e)
        {
            Warn(ScanWarnings.Unreadable, folder, "the folder '" + DocumentNames.Printable(relative) + "' is left out of the site: it cannot be read (" + e.Message + ")");
            return;
        }
        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, entry.Name);
            var entryRelative = relative + entry.Name;
            var linked = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
            // The listing knows a folder from a file; only a link is asked where it leads (a link to a folder is a folder).
            var isFolder = linked ? Directory.Exists(path) : entry is DirectoryInfo;
            if (!isFolder && !(selection ?? DocumentSelection.Default).IsDocument(entryRelative, _extensionComparison))
            {
                continue;
            }
            var real = linked ? RealPaths.Resolve(path) : Path.Combine(realFolder, entry.Name);
            if (linked && !RealPaths.IsInside(real, _realRoot))
            {
                if (!isFolder)
                {
                    DocumentCount++;
                }
                Warn(ScanWarnings.LinkOut, path, (isFolder ? "the folder '" : "'") + DocumentNames.Printable(entryRelative) + "' is left out of the site: it is a symbolic link to "
                    + (real is null ? "a path that cannot be followed" : "'" + DocumentNames.Printable(real) + "', outside the documents folder")
                    + (isFolder ? "; copy its documents" : "; copy the document") + " into the documents folder instead");
                continue;
            }
            if (!isFolder)
            {
                AddDocument(path, entryRelative, linked ? null : entry as FileInfo);
            }
            else if (!ancestors.Contains(real!))
            {
                ancestors.Add(real!);
                Walk(path, real!, entryRelative + "/", ancestors);
                ancestors.RemoveAt(ancestors.Count - 1);
            }
        }
    }

    /// <param name="stamp">The document's own entry (not a link's): its length and time tell whether the cache knows it.</param>
    private void AddDocument(string file, string relative, FileInfo? stamp)
    {
        DocumentCount++;
        var name = DocumentNames.Printable(relative);
        if (DocumentNames.UnsafeReason(file) is { } reason)
        {
            Warn(ScanWarnings.UnsafePath, file, "'" + name + "' is left out of the site: its path " + reason + ", so it cannot be passed to the compiler safely; rename it (letters, digits, spaces, '-', '_' and '.' are always safe)");
            return;
        }

        var (length, ticks) = stamp is null ? (-1L, -1L) : (stamp.Length, stamp.LastWriteTimeUtc.Ticks);
        var kind = DocumentKind.Text;
        byte[] bytes = [];
        var read = false;
        if (stamp is null || cache?.IsKnownText(file, length, ticks) != true)
        {
            try
            {
                bytes = File.ReadAllBytes(file);
                read = true;
                DocumentsRead++;
            }
            catch (Exception e)
            {
                Warn(ScanWarnings.Unreadable, file, "'" + name + "' is left out of the site: it cannot be read (" + e.Message + "); check its permissions, or rename it if its name is not valid UTF-8");
                return;
            }
            kind = DocumentBytes.Classify(bytes);
        }
        string? utf32Text = null;
        if (kind is DocumentKind.Utf32LittleEndian or DocumentKind.Utf32BigEndian)
        {
            utf32Text = DocumentBytes.DecodeUtf32(bytes, kind == DocumentKind.Utf32BigEndian);
            // Two NUL characters in a row: the compiler would call the copy binary and stop the build (CS2015).
            kind = utf32Text.IndexOf("\0\0", StringComparison.Ordinal) >= 0 ? DocumentKind.Binary : DocumentKind.Text;
        }
        if (kind == DocumentKind.Binary)
        {
            Warn(ScanWarnings.Binary, file, "'" + name + "' contains NUL characters, so it is binary data rather than an article and is left out of the site");
            return;
        }
        if (utf32Text is null && stamp is not null)
        {
            cache?.Text(file, length, ticks);
        }

        // Two documents the compiler takes as one path would share one resource name, and one would show the other's body.
        var key = AnalyzerConfigSections.Key(file);
        if (embed && _sections.TryGetValue(key, out var sameSectionAs))
        {
            Warn(ScanWarnings.UnsafePath, file, "'" + name + "' is left out of the site: to the compiler its path is the same as '" + sameSectionAs
                + "' ('\\' separates folders there), so it cannot be passed to the compiler safely; rename it");
            return;
        }
        _sections[key] = name;

        // The compiler reads the copy; the generator is told the original's path, which every diagnostic and the
        // article's SourcePath name.
        string? original = null;
        if (utf32Text is not null)
        {
            original = file;
            file = WriteCopy(file, utf32Text, out bytes);
            key = AnalyzerConfigSections.Key(file);
        }

        _arguments.Append(CompilerArguments.AdditionalFile(file)).Append('\n');
        var resource = embed ? DocumentNames.ResourceName(relative) : null;
        if (resource is not null)
        {
            _arguments.Append(CompilerArguments.Resource(file, resource)).Append('\n');
        }
        if (resource is not null || original is not null)
        {
            _analyzerConfig.Append(AnalyzerConfigSections.Section(key, resource, original));
        }
        var path = original ?? file;
        _passed[path] = new ScannedDocument(path, relative, resource, length, ticks, isCopy: original is not null, keepRead && read ? bytes : null);
    }

    /// <summary>
    /// Writes the UTF-8 copy (with its byte order mark) of a UTF-32 document, named for a hash of the original's full
    /// path and keeping its extension (the generator tells Markdown by it), so each original has one copy, the same
    /// in every scan; rewritten only when its bytes change.
    /// </summary>
    /// <param name="bytes">The copy's bytes, as the compiler reads and embeds it.</param>
    private string WriteCopy(string original, string text, out byte[] bytes)
    {
        byte[] hash;
        using (var sha = System.Security.Cryptography.SHA256.Create())
        {
            hash = sha.ComputeHash(Encoding.UTF8.GetBytes(original));
        }
        var copyName = new StringBuilder();
        for (var i = 0; i < 16; i++)
        {
            copyName.Append(hash[i].ToString("x2"));
        }
        copyName.Append(Path.GetExtension(original).ToLowerInvariant());
        _copies.Add(copyName.ToString());

        var copy = Path.Combine(copiesFolder, copyName.ToString());
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        bytes = utf8.GetPreamble().Concat(utf8.GetBytes(text)).ToArray();
        if (!File.Exists(copy) || !File.ReadAllBytes(copy).SequenceEqual(bytes))
        {
            Directory.CreateDirectory(copiesFolder);
            File.WriteAllBytes(copy, bytes);
        }
        return copy;
    }
}
