using System.Diagnostics;

namespace StaticNews.Site.Serving;

/// <summary>
/// Rebuilds the site when a document, template, asset or the config changes: the documents are compiled
/// into the site, so a rebuild is a `dotnet build` of the site project (which renders only what changed
/// inputs require). A burst of changes is one rebuild: the build starts once no change has come for half a second
/// (an editor's save is several events, sometimes spread out; a script may write many files).
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    /// <summary>A burst that never goes quiet (a tool writing every few milliseconds) is built after this long all the same.</summary>
    private static readonly TimeSpan LongestBurst = TimeSpan.FromSeconds(5);
    private static readonly string[] WatchedExtensions = [".txt", ".md", ".sbn", ".css", ".js", ".yml", ".svg", ".png", ".jpg"];

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _changed = new(0);
    private readonly string _project;
    private readonly string _baseUrl;
    private readonly TextWriter _log;

    /// <summary>The last file changed, for the log; events come on the watchers' threads.</summary>
    private string _lastChange = "";

    /// <param name="folders">Folders to watch; the repository root only for its own files (never bin/, obj/ or _site/).</param>
    public ChangeWatcher(string project, IEnumerable<(string Folder, bool Recursive)> folders, string baseUrl, TextWriter log)
    {
        _project = project;
        _baseUrl = baseUrl;
        _log = log;
        foreach (var (folder, recursive) in folders.Where(f => Directory.Exists(f.Folder)))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = recursive, EnableRaisingEvents = true };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            _watchers.Add(watcher);
        }
    }

    /// <summary>After every burst of changes, builds, calling <paramref name="rebuilt"/> after each successful build.</summary>
    public async Task RunAsync(Action rebuilt, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await _changed.WaitAsync(cancellationToken);
            var burst = Stopwatch.StartNew();
            // Quiet for a whole interval since the last change, however long the burst goes on (within reason).
            do
            {
                while (_changed.CurrentCount > 0)
                {
                    await _changed.WaitAsync(cancellationToken);
                }
                await Task.Delay(Quiet, cancellationToken);
            }
            while (_changed.CurrentCount > 0 && burst.Elapsed < LongestBurst);
            // Every change so far is in this build; only those from here on need another.
            while (_changed.CurrentCount > 0)
            {
                await _changed.WaitAsync(cancellationToken);
            }
            _log.WriteLine($"Rebuilding after a change to {Volatile.Read(ref _lastChange)}");
            if (await BuildAsync(cancellationToken))
            {
                rebuilt();
            }
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
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        var name = Path.GetFileName(e.FullPath);
        if (!name.StartsWith('.') && !name.EndsWith('~') && WatchedExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            Volatile.Write(ref _lastChange, e.FullPath);
            _changed.Release();
        }
    }
}
