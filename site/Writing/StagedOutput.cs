using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace StaticNews.Site.Writing;

/// <summary>
/// Writes a site over the previous one, changing only what differs, and only when the whole build succeeded.
/// A file whose bytes the output folder already holds is left alone (its time and inode stay); any other file is
/// written into a staging folder beside the output. <see cref="Commit"/> sets aside every entry of the output this
/// build did not write (a deleted article's page) and moves the staged files in, setting aside the files they
/// replace. Until then the output is untouched, so a render that fails half-way leaves the previous site; a step
/// that fails after the commit (the search index reads the committed site) calls <see cref="Rollback"/>. Disposing
/// deletes the staging folder and what was set aside: a rebuild deletes only what changed, never the whole site.
/// Every path is checked to stay inside the output folder, and nothing is written through a link in it.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly string _aside;
    private readonly Task<OutputSnapshot> _previous;

    /// <summary>Every file this build wrote, relative to the output folder: true when staged, false when the output already held it.</summary>
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private bool _committed;

    public StagedOutput(string outputDirectory)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _staging = _target + ".staging-" + Environment.ProcessId;
        _aside = _target + ".previous-" + Environment.ProcessId;
        FolderMoves.DeleteIfExists(_staging);
        FolderMoves.DeleteIfExists(_aside);
        Directory.CreateDirectory(_staging);
        // Listing a large site takes a while: it runs while the caller plans its pages, and the first write waits for it.
        _previous = Task.Run(() => OutputSnapshot.Of(_target));
    }

    private OutputSnapshot Previous => _previous.GetAwaiter().GetResult();

    /// <summary>The output folder; it holds the new site once <see cref="Commit"/> has run.</summary>
    public string OutputDirectory => _target;

    /// <summary>How many files were staged (new or changed); the others were already in the output.</summary>
    public int FilesWritten => _written.Values.Count(staged => staged);

    /// <summary>How many entries of the previous output <see cref="Commit"/> removed (a folder counts once).</summary>
    public int EntriesRemoved { get; private set; }

    public void WriteText(string relativePath, string content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(content));
        try
        {
            var length = Encoding.UTF8.GetBytes(content, buffer);
            WriteBytes(relativePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> content)
    {
        var relative = Resolve(relativePath);
        if (Previous.Files.Contains(relative) && FileBytes.Holds(Path.Combine(_target, relative), content))
        {
            _written[relative] = false;
            return;
        }
        var path = Path.Combine(_staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileBytes.Write(path, content);
        _written[relative] = true;
    }

    public void CopyDirectory(string source, string relativeDestination)
    {
        if (!Directory.Exists(source))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            WriteBytes(Path.Combine(relativeDestination, Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
        }
    }

    /// <summary>Makes the output folder hold exactly the files this build wrote.</summary>
    public void Commit()
    {
        var previous = Previous;
        if (!previous.Exists)
        {
            // A first build: the staging folder becomes the output.
            Directory.Move(_staging, _target);
            _committed = true;
            return;
        }
        var files = _written.Keys.ToHashSet(StringComparer.Ordinal);
        var unwanted = Unwanted(previous, files, FoldersOf(files));
        _committed = true;
        try
        {
            foreach (var entry in unwanted)
            {
                SetAside(entry);
            }
            FolderMoves.MoveInto(_staging, _target, _aside);
        }
        catch
        {
            // A commit that stops half-way (a file in use, a full disk) is undone, so the previous site stays whole.
            Rollback();
            throw;
        }
        EntriesRemoved = unwanted.Count;
    }

    /// <summary>After <see cref="Commit"/>, puts the previous site back: what the build brought in goes, what it set aside returns.</summary>
    public void Rollback()
    {
        if (!_committed)
        {
            return;
        }
        var previous = Previous;
        if (!previous.Exists)
        {
            FolderMoves.DeleteIfExists(_target);
        }
        else
        {
            foreach (var entry in Unwanted(OutputSnapshot.Of(_target), previous.Files, previous.Folders))
            {
                FolderMoves.DeleteIfExists(Path.Combine(_target, entry.Path));
            }
            FolderMoves.MoveInto(_aside, _target, aside: null);
        }
        _committed = false;
    }

    public void Dispose()
    {
        FolderMoves.DeleteIfExists(_staging);
        FolderMoves.DeleteIfExists(_aside);
    }

    /// <summary>The entries of <paramref name="output"/> that are not among the files and folders to keep, except those inside an unwanted folder (they go with it).</summary>
    private static List<OutputEntry> Unwanted(OutputSnapshot output, IReadOnlySet<string> files, IReadOnlySet<string> folders)
    {
        bool Wanted(OutputEntry entry) => !entry.IsLink && (entry.IsFolder ? folders : files).Contains(entry.Path);
        bool InWantedFolder(OutputEntry entry) => Path.GetDirectoryName(entry.Path) is not { Length: > 0 } parent || folders.Contains(parent);
        return output.Entries.Where(entry => !Wanted(entry) && InWantedFolder(entry)).ToList();
    }

    /// <summary>Every folder that holds one of <paramref name="files"/>, at any depth.</summary>
    private static HashSet<string> FoldersOf(IEnumerable<string> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var folder = Path.GetDirectoryName(file);
            while (!string.IsNullOrEmpty(folder) && folders.Add(folder))
            {
                folder = Path.GetDirectoryName(folder);
            }
        }
        return folders;
    }

    private void SetAside(OutputEntry entry)
    {
        var destination = Path.Combine(_aside, entry.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        FolderMoves.Move(Path.Combine(_target, entry.Path), destination);
    }

    /// <summary>The path relative to the output folder; refuses one that would lead outside it.</summary>
    private string Resolve(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(_target, relativePath));
        if (!path.StartsWith(_target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{relativePath}': it is outside the output folder");
        }
        return Path.GetRelativePath(_target, path);
    }
}
