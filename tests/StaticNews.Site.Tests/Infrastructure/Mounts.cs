using System.Diagnostics;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>
/// Real mounts for the output-folder tests (a small tmpfs that fills up, a tmpfs as the output folder, a read-only
/// bind mount), undone on dispose. They need Linux and the right to mount (root, as CI and the dev machines run);
/// <see cref="PrivilegedFactAttribute"/> skips a test where that is not so.
/// </summary>
public sealed class Mounts : IDisposable
{
    private readonly List<string> _mounted = [];

    public static bool Available { get; } = Probe();

    public void Tmpfs(string folder, string size)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder);
        _mounted.Add(folder);
    }

    public void ReadOnlyBind(string folder)
    {
        Run("mount", "--bind", folder, folder);
        _mounted.Add(folder);
        Run("mount", "-o", "remount,ro,bind", folder);
    }

    public void Dispose()
    {
        for (var i = _mounted.Count - 1; i >= 0; i--)
        {
            Run("umount", "-l", _mounted[i]);
        }
    }

    /// <summary>Runs a system command; throws with its output when it fails.</summary>
    public static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}: {output}{error.Result}");
        }
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        using var temp = new TempDirectory();
        try
        {
            using var mounts = new Mounts();
            mounts.Tmpfs(temp.Combine("probe"), "1m");
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A test that needs root's rights on Linux (mount, chattr): skipped where this process cannot mount.</summary>
public sealed class PrivilegedFactAttribute : FactAttribute
{
    public PrivilegedFactAttribute()
    {
        if (!Mounts.Available)
        {
            Skip = "needs Linux and root's rights (mount a tmpfs, chattr)";
        }
    }
}
