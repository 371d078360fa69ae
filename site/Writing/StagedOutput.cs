using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace StaticNews.Site.Writing;

/// <summary>
/// Writes a site so that the output folder is, at every moment, either the whole previous site or the whole new one.
/// The complete new site is staged in the workspace beside the output (<see cref="OutputWorkspace"/>): a file whose
/// bytes the output already holds is hard-linked from it (its inode and time stay, nothing is copied), any other file
/// is written. The search index is built over the staging folder; <see cref="Commit"/> then swaps it in with one
/// rename (<see cref="FolderSwap"/>). On Linux the old site is then kept as the workspace's spare, and the next build
/// stages in it: a file already the output's own (the same inode) stays, any other is replaced, and what the new site
/// does not have is deleted before the swap, so an edit costs the files it changes, not a link and a deletion for every
/// file of the site. Elsewhere the old site is deleted. A build that fails or is killed before the swap leaves
/// the previous site untouched; one killed after it leaves the new site; the next build removes what either left.
/// One build at a time writes an output folder (<see cref="OutputLock"/>). Where the output cannot be renamed (a mount
/// point, another file system, a link to a folder) the staged site is written in place, file by file
/// (<see cref="InPlaceWriter"/>). Every path is checked to stay inside the output folder, and nothing is written
/// through a link in it. File-system errors surface as <see cref="OutputFailure"/>, one line each.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly OutputWorkspace _workspace;
    private readonly OutputLock _lock;
    private readonly string _staging;
    private readonly bool _inPlace;
    private readonly Task<OutputSnapshot> _previous;

    /// <summary>What the staging folder held when it was taken from the spare (null when it started empty), checked at the first write.</summary>
    private readonly Lazy<OutputSnapshot?> _spare;

    /// <summary>The folders of the staged site this build has made sure of (<see cref="MakeFolder"/>), by full path.</summary>
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>Every file this build wrote, relative to the output folder: true when written, false when linked unchanged from the output.</summary>
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);

    private int? _filesWrittenInPlace;

    private bool _disposed;

    private int _filesLinked;

    /// <param name="outputDirectory">The output folder.</param>
    /// <param name="notice">Told what the build waits for or repaired (one line each).</param>
    /// <param name="lockTimeout">How long to wait for another build writing the same folder (default: <see cref="OutputLock.DefaultTimeout"/>).</param>
    public StagedOutput(string outputDirectory, Action<string>? notice = null, TimeSpan? lockTimeout = null)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _workspace = new OutputWorkspace(_target);
        try
        {
            _lock = OutputLock.Acquire(_workspace, lockTimeout ?? OutputLock.DefaultTimeout, notice);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFailure.From(e, _workspace.Root);
        }
        try
        {
            if (_workspace.RestoreInterruptedSwap())
            {
                notice?.Invoke($"StaticNews: put back the previous {_target} that an interrupted build had set aside");
            }
            _inPlace = CannotBeRenamed();
            if (_inPlace)
            {
                notice?.Invoke($"StaticNews: {_target} is a mount point, on another file system than its parent, or a link: it is updated file by file, not swapped in whole");
            }
            // The spare serves only beside an output whose files it can share (a spare without one is deleted).
            var spare = !_inPlace && NativeFiles.IsLinux && FolderMoves.IsFolder(_target) ? _workspace.TakeSpare() : null;
            _workspace.RemoveLeftovers(keep: spare);
            _staging = spare ?? _workspace.NewStagingPath();
            Directory.CreateDirectory(_staging);
            var spareListing = spare is null ? null : Task.Run(() => OutputSnapshot.Of(spare));
            _spare = new Lazy<OutputSnapshot?>(() => spareListing is null ? null : CheckedSpare(spareListing.GetAwaiter().GetResult()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Release();
            throw OutputFailure.From(e, _workspace.Root);
        }
        // Listing a large site takes a while: it runs while the caller plans its pages, and the first write waits for it.
        _previous = Task.Run(() => OutputSnapshot.Of(_target));
    }

    private OutputSnapshot Previous => _previous.GetAwaiter().GetResult();

    /// <summary>The spare's listing, or null when the staging folder started empty (the first write waits for it).</summary>
    private OutputSnapshot? Spare => _spare.Value;

    /// <summary>
    /// Only this class writes the spare, never a link; one found there anyway (someone else's) is not
    /// followed: the staging folder starts empty instead.
    /// </summary>
    private OutputSnapshot? CheckedSpare(OutputSnapshot listing)
    {
        if (!listing.Entries.Any(entry => entry.IsLink))
        {
            return listing;
        }
        Directory.Delete(_staging, recursive: true);
        Directory.CreateDirectory(_staging);
        return null;
    }

    /// <summary>The output folder; it holds the new site once <see cref="Commit"/> has run.</summary>
    public string OutputDirectory => _target;

    /// <summary>The folder the new site is staged in, complete, until <see cref="Commit"/>: the search index is built over it.</summary>
    public string StagingDirectory => _staging;

    /// <summary>How many files were written (new or changed); the others were already in the output.</summary>
    public int FilesWritten => _filesWrittenInPlace ?? _written.Values.Count(written => written);

    /// <summary>How many of the output's files were linked into the staged site (not those the spare held already).</summary>
    public int FilesLinked => _filesLinked;

    /// <summary>How many entries of the previous output the new site does not have (a folder counts once).</summary>
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
        var path = Path.Combine(_staging, relative);
        try
        {
            MakeFolder(Path.GetDirectoryName(path)!);
            if (!_inPlace && Previous.Files.Contains(relative) && UnchangedFileLinked(Path.Combine(_target, relative), path, content))
            {
                _written[relative] = false;
                return;
            }
            if (Spare is not null || _written.ContainsKey(relative))
            {
                // What is there (the spare's, or written twice) may be a link to the live site's file, which must never
                // be written through.
                FolderMoves.DeleteIfExists(path);
            }
            FileBytes.Write(path, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFailure.From(e, path);
        }
        _written[relative] = true;
    }

    /// <summary>
    /// Puts the output's file at <paramref name="relativePath"/> into the new site as it is (hard-linked, not read),
    /// when it is the output's own file (not a link) and <paramref name="intact"/> says it is the one expected. False
    /// when it is not, or cannot be linked (another system than Linux, the output written in place): the caller renders it.
    /// </summary>
    public bool KeepIfIntact(string relativePath, Func<SafeFileHandle, bool> intact)
    {
        if (_inPlace || !NativeFiles.IsLinux)
        {
            return false;
        }
        var relative = Resolve(relativePath);
        if (!Previous.Files.Contains(relative) || _written.ContainsKey(relative))
        {
            return false;
        }
        var path = Path.Combine(_staging, relative);
        try
        {
            MakeFolder(Path.GetDirectoryName(path)!);
            using var handle = NativeFiles.OpenNoFollow(Path.Combine(_target, relative));
            if (handle is null || !intact(handle) || !Link(handle, path))
            {
                return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFailure.From(e, path);
        }
        _written[relative] = false;
        return true;
    }

    /// <summary>The time of a file of the new site (written, or linked from the output with its time): it keeps it in the output.</summary>
    public DateTime LastWriteTimeUtc(string relativePath) => File.GetLastWriteTimeUtc(Path.Combine(_staging, Resolve(relativePath)));

    /// <summary>True when the output was, or will be, written file by file: its files' times are not those of the staged site.</summary>
    public bool WritesInPlace => _inPlace || _filesWrittenInPlace is not null;

    /// <summary>
    /// Copies a folder of static files (the assets) into the site. A link among them is followed only when its real
    /// path is inside <paramref name="source"/>; one that leads outside is left out, and named in the returned warnings.
    /// </summary>
    public List<string> CopyDirectory(string source, string relativeDestination)
    {
        var warnings = new List<string>();
        foreach (var file in ContainedFiles.In(source, warnings))
        {
            WriteBytes(Path.Combine(relativeDestination, Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
        }
        return warnings;
    }

    /// <summary>Makes the output folder hold exactly the staged site (with the search index, when one was built).</summary>
    public void Commit()
    {
        var previous = Previous;
        var files = _written.Keys.ToHashSet(StringComparer.Ordinal);
        EntriesRemoved = previous.Exists ? Unwanted(previous, files, FoldersOf(files)).Count : 0;
        try
        {
            RemoveWhatTheSpareHadBesides();
            if (_inPlace)
            {
                _filesWrittenInPlace = InPlaceWriter.Write(_staging, _target, _workspace);
                return;
            }
            string? oldSite;
            try
            {
                oldSite = FolderSwap.Swap(_staging, _target, _workspace);
            }
            catch (CannotSwapException)
            {
                _filesWrittenInPlace = InPlaceWriter.Write(_staging, _target, _workspace);
                return;
            }
            FaultPoint.Reach(FaultPoint.AfterSwap);
            if (File.Exists(_workspace.InPlaceMarker))
            {
                File.Delete(_workspace.InPlaceMarker);
            }
            // Exchanged in one step, the old site is whole where the staging folder was: the next build stages in it.
            if (oldSite is not null && !(oldSite == _staging && NativeFiles.IsLinux && _workspace.KeepAsSpare(oldSite)))
            {
                DeleteOldSite(oldSite);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFailure.From(e, _target);
        }
    }

    /// <summary>
    /// Deletes the staging folder (a failed build's new site, or the old site after a swap), or keeps a failed build's as
    /// the spare where spares serve (it is checked file by file like any other); then the lock and the workspace. Only
    /// the first call does anything.
    /// </summary>
    public void Dispose()
    {
        // Once only: the build may dispose it before it returns and again when it leaves its scope, and by then another
        // build may hold the workspace (its lock file at the same path, its staging folder beside).
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            if (!(FolderMoves.IsFolder(_staging) && !WritesInPlace && NativeFiles.IsLinux && FolderMoves.IsFolder(_target) && _workspace.KeepAsSpare(_staging)))
            {
                FolderMoves.DeleteIfExists(_staging);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to remove: it never blocks this one's result.
        }
        Release();
    }

    private void Release()
    {
        _lock.ReleaseAndDelete(_workspace.LockFile);
        _workspace.RemoveIfEmpty();
    }

    /// <summary>
    /// True when the output cannot be swapped with a folder beside it: it is a mount point or on another file system
    /// than its parent (known where the system tells a file's device and mount), or a link to a folder (its target
    /// is written, not replaced).
    /// </summary>
    private bool CannotBeRenamed()
    {
        if (!Directory.Exists(_target))
        {
            return false;
        }
        if (new DirectoryInfo(_target).LinkTarget is not null)
        {
            return true;
        }
        return NativeFiles.Identify(_target) is { } output && NativeFiles.Identify(_workspace.Root) is { } workspace && !output.SameMount(workspace);
    }

    /// <summary>
    /// Hard-links the output's file into the staging folder when it holds exactly <paramref name="content"/> and is
    /// the output's own file (not a link). False when it differs or cannot be linked: the caller writes the bytes.
    /// </summary>
    private bool UnchangedFileLinked(string current, string staged, ReadOnlySpan<byte> content)
    {
        if (NativeFiles.IsLinux)
        {
            using var handle = NativeFiles.OpenNoFollow(current);
            return handle is not null && FileBytes.Holds(handle, content) && Link(handle, staged);
        }
        return new FileInfo(current).LinkTarget is null && FileBytes.Holds(current, content) && NativeFiles.LinkPath(current, staged);
    }

    /// <summary>
    /// Makes <paramref name="staged"/> a name of the output's open file. The spare may hold it already (the same file:
    /// nothing to do) or something else there (replaced).
    /// </summary>
    private bool Link(SafeFileHandle live, string staged)
    {
        if (Spare is not null)
        {
            if (NativeFiles.Identify(staged) is { } there && NativeFiles.Identify(live) is { } file && there.Device == file.Device && there.Inode == file.Inode)
            {
                return true;
            }
            FolderMoves.DeleteIfExists(staged);
        }
        if (!NativeFiles.LinkOpenFile(live, staged))
        {
            return false;
        }
        Interlocked.Increment(ref _filesLinked);
        return true;
    }

    /// <summary>
    /// Creates a folder of the staged site once; where the spare holds a file in its way (a page became a folder), that
    /// goes. A folder the spare's listing holds is there already, with a folder at every level above it: only this build
    /// writes the spare, and it replaces a folder only with a file at the same path, which no path of a folder in the new
    /// site can be. (An edit's build keeps nearly every page, each in its own folder: a check of each level would be
    /// two file-system calls per level per page.)
    /// </summary>
    private void MakeFolder(string folder) => _folders.GetOrAdd(folder, path =>
    {
        if (Spare is { } spare)
        {
            if (path.Length > _staging.Length + 1 && spare.Folders.Contains(path.Substring(_staging.Length + 1)))
            {
                return true;
            }
            for (var parent = path; parent.Length > _staging.Length; parent = Path.GetDirectoryName(parent)!)
            {
                if (FolderMoves.Exists(parent) && !FolderMoves.IsFolder(parent))
                {
                    File.Delete(parent);
                }
            }
        }
        return Directory.CreateDirectory(path) is not null;
    });

    /// <summary>
    /// Deletes from a staging folder taken from the spare what the new site does not have: the files and folders this
    /// build neither wrote nor kept.
    /// </summary>
    private void RemoveWhatTheSpareHadBesides()
    {
        if (Spare is not { } spare)
        {
            return;
        }
        var files = _written.Keys.ToHashSet(StringComparer.Ordinal);
        var folders = FoldersOf(files);
        var unwanted = Unwanted(spare, files, folders);
        for (var i = 0; i < unwanted.Count; i++)
        {
            if (i == unwanted.Count / 2)
            {
                FaultPoint.Reach(FaultPoint.SpareCleanup);
            }
            var entry = unwanted[i];
            // A folder that became a file, or a file that became a folder, was replaced when the new one was written.
            if ((entry.IsFolder ? files : folders).Contains(entry.Path))
            {
                continue;
            }
            FolderMoves.DeleteIfExists(Path.Combine(_staging, entry.Path));
        }
    }

    /// <summary>Deletes the old site entry by entry (a build killed half-way leaves the rest to the next build).</summary>
    private static void DeleteOldSite(string oldSite)
    {
        var entries = Directory.Exists(oldSite) ? Directory.GetFileSystemEntries(oldSite) : [];
        for (var i = 0; i < entries.Length; i++)
        {
            if (i == entries.Length / 2)
            {
                FaultPoint.Reach(FaultPoint.Cleanup);
            }
            FolderMoves.DeleteIfExists(entries[i]);
        }
        FolderMoves.DeleteIfExists(oldSite);
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
