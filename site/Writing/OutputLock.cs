using System.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace StaticNews.Site.Writing;

/// <summary>
/// One build at a time per output folder: a whole-file lock (flock) on the workspace's lock file, which the system
/// releases when the process ends however it ends, so a killed build never leaves the folder locked. A second build
/// waits (and says so once) up to a limit, then fails with SNS0006.
/// </summary>
/// <remarks>
/// The lock is an explicit flock, not a FileShare mode: the site turns .NET's emulated sharing locks off
/// (System.IO.DisableFileLocking). The lock file is deleted with the workspace when a build ends, so a build that
/// waited on a file that has since been deleted checks, once it holds the lock, that the file is still the one at the
/// path, and starts over if not.
/// </remarks>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly SafeFileHandle? _handle;
    private readonly FileStream? _windowsStream;
    private bool _released;

    private OutputLock(SafeFileHandle? handle, FileStream? windowsStream)
    {
        _handle = handle;
        _windowsStream = windowsStream;
    }

    /// <summary>The longest a build waits for another one writing the same output, unless STATICNEWS_LOCK_TIMEOUT (seconds) says otherwise.</summary>
    public static TimeSpan DefaultTimeout =>
        double.TryParse(Environment.GetEnvironmentVariable("STATICNEWS_LOCK_TIMEOUT"), System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromMinutes(10);

    /// <summary>Takes the lock of <paramref name="workspace"/>, creating the workspace folder as needed.</summary>
    /// <param name="waiting">Told once, when another build holds the lock.</param>
    public static OutputLock Acquire(OutputWorkspace workspace, TimeSpan timeout, Action<string>? waiting)
    {
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            if (TryAcquire(workspace) is { } acquired)
            {
                return acquired;
            }
            if (clock.Elapsed >= timeout)
            {
                throw new OutputFailure(
                    $"error SNS0006: {workspace.Output} is being written by another build (it holds {workspace.LockFile}) that did not finish within {timeout.TotalSeconds:0} s; wait for it to end or stop it, then build again");
            }
            if (!told)
            {
                waiting?.Invoke($"StaticNews: waiting for another build that is writing {workspace.Output}");
                told = true;
            }
            Thread.Sleep(Poll);
        }
    }

    private static OutputLock? TryAcquire(OutputWorkspace workspace)
    {
        Directory.CreateDirectory(workspace.Root);
        if (OperatingSystem.IsWindows())
        {
            return TryAcquireWindows(workspace);
        }
        SafeFileHandle? handle;
        try
        {
            handle = NativeFiles.OpenLockFile(workspace.LockFile);
        }
        catch (DirectoryNotFoundException)
        {
            // The build that held the lock removed the workspace between our two calls: start over.
            return null;
        }
        if (handle is null)
        {
            throw new PlatformNotSupportedException("no file lock on this system");
        }
        if (!NativeFiles.TryLock(handle) || !StillAtPath(handle, workspace.LockFile))
        {
            handle.Dispose();
            return null;
        }
        return new OutputLock(handle, null);
    }

    /// <summary>True when the locked file is still the one named by the path (not one a finishing build deleted).</summary>
    private static bool StillAtPath(SafeFileHandle handle, string path)
    {
        var locked = NativeFiles.Identify(handle);
        if (locked is null)
        {
            return File.Exists(path);
        }
        return NativeFiles.Identify(path) is { } named && named.Inode == locked.Value.Inode && named.Device == locked.Value.Device;
    }

    private static OutputLock? TryAcquireWindows(OutputWorkspace workspace)
    {
        try
        {
            return new OutputLock(null, new FileStream(workspace.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Delete));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Deletes the lock file (while still holding the lock, so no build can take a file about to vanish unnoticed) and
    /// releases it. Once only: after the release the file at that path may be the lock of the build that came next.
    /// </summary>
    public void ReleaseAndDelete(string lockFile)
    {
        if (_released)
        {
            return;
        }
        _released = true;
        try
        {
            File.Delete(lockFile);
        }
        catch (IOException)
        {
        }
        Dispose();
    }

    public void Dispose()
    {
        _released = true;
        if (_handle is { IsClosed: false })
        {
            NativeFiles.Unlock(_handle);
            _handle.Dispose();
        }
        _windowsStream?.Dispose();
    }
}
