using System.Diagnostics;

namespace StaticNews.Site.Serving;

/// <summary>
/// Watches folders and hands out the changed files a burst at a time: a burst ends once no change has come for the
/// settle time (an editor's save is several events; a script may write many files), so a burst is one update and one
/// reload. Also runs `dotnet build` of the site project, for what only a compile can take in (C# code).
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>
    /// The events of one save (truncate and write, or a temporary file renamed over the document) come within a
    /// millisecond or two, and a checkout's files one after another; webpack's watcher waits 20 ms the same way.
    /// </summary>
    public static readonly TimeSpan DefaultSettle = TimeSpan.FromMilliseconds(20);

    /// <summary>A burst that never goes quiet (a tool writing every few milliseconds) is taken after this long all the same.</summary>
    private static readonly TimeSpan LongestBurst = TimeSpan.FromSeconds(5);

    /// <summary>What the site is made from: documents, templates, assets, config and staticnews.lock, every picture format the site resizes, code.</summary>
    private static readonly string[] WatchedExtensions =
        [".txt", ".md", ".sbn", ".css", ".js", ".yml", ".lock", ".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif", ".avif", ".cs", ".csproj", ".props", ".targets"];

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _changed = new(0);
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly string _project;
    private readonly QuietPeriod _quiet;
    private readonly string _baseUrl;
    private readonly TextWriter _log;

    /// <param name="folders">Folders to watch; the repository root only for its own files, and never bin/ or obj/.</param>
    /// <param name="settle">How long nothing must change for a burst to end.</param>
    public ChangeWatcher(string project, IEnumerable<(string Folder, bool Recursive)> folders, TimeSpan settle, string baseUrl, TextWriter log)
    {
        _project = project;
        _quiet = new QuietPeriod(settle, LongestBurst);
        _baseUrl = baseUrl;
        _log = log;
        foreach (var (folder, recursive) in folders)
        {
            Watch(folder, recursive);
        }
    }

    /// <summary>Watches one more folder (the documents folder, when staticnews.yml moves it).</summary>
    public void Watch(string folder, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = recursive };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.EnableRaisingEvents = true;
        lock (_watchers)
        {
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for the next burst of changes and returns the files it changed (full paths).</summary>
    public async Task<IReadOnlyCollection<string>> NextBurstAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var paths = await BurstAsync(cancellationToken);
            // A change counted after the previous burst took its path gives a burst of nothing.
            if (paths.Count > 0)
            {
                return paths;
            }
        }
    }

    private async Task<List<string>> BurstAsync(CancellationToken cancellationToken)
    {
        await _changed.WaitAsync(cancellationToken);
        await _quiet.WaitAsync(cancellationToken);
        lock (_paths)
        {
            // Every change so far is in this burst; only those from here on make another.
            while (_changed.CurrentCount > 0)
            {
                _changed.Wait(0);
            }
            var paths = _paths.ToList();
            _paths.Clear();
            return paths;
        }
    }

    /// <summary>Runs one `dotnet build`; stopping the server stops the build with it.</summary>
    public async Task<bool> BuildAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", _project, "-v", "q", "-nologo", $"-p:SiteBaseUrl={_baseUrl}" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended meanwhile.
            }
            throw;
        }
        if (process.ExitCode == 0)
        {
            _log.WriteLine($"Rebuilt in {stopwatch.Elapsed.TotalSeconds:0.0} s");
            return true;
        }
        _log.WriteLine("Build failed; still serving the previous site:");
        _log.WriteLine((await output) + (await error));
        return false;
    }

    public void Dispose()
    {
        lock (_watchers)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // A save by rename (write a temporary file, move it over the document) changes both names.
        if (e is RenamedEventArgs renamed)
        {
            Take(renamed.OldFullPath);
        }
        Take(e.FullPath);
    }

    private void Take(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || IsBuildOutput(path))
        {
            return;
        }
        // A folder (created, deleted, moved) counts too: the documents in it came or went.
        if (Path.GetExtension(name).Length == 0 || WatchedExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            lock (_paths)
            {
                _paths.Add(path);
            }
            _quiet.Noted();
            _changed.Release();
        }
    }

    private static bool IsBuildOutput(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        return path.Contains($"{separator}bin{separator}", StringComparison.Ordinal) || path.Contains($"{separator}obj{separator}", StringComparison.Ordinal);
    }
}
