using System;
using System.IO;
using System.Reflection;

namespace StaticNews.Tasks.Scanning;

/// <summary>Where a path really is, every symbolic link on the way resolved.</summary>
internal static class RealPaths
{
    // FileSystemInfo.LinkTarget exists on .NET 6 and later, where `dotnet build` runs this task; this assembly is
    // built for netstandard2.0 so that .NET Framework's MSBuild loads it too, where no link is followed.
    private static readonly PropertyInfo? LinkTarget = typeof(FileSystemInfo).GetProperty("LinkTarget");

    public static bool IsLink(string path)
    {
        try
        {
            return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>The real path, or null when a link cannot be followed (a loop, or no way to read its target).</summary>
    public static string? Resolve(string path) => Resolve(path, 0);

    private static string? Resolve(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full);
        foreach (var part in full.Substring(current.Length).Split(new[] { Path.DirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (IsLink(next))
            {
                var target = depth < 40 && LinkTarget is not null ? LinkTarget.GetValue(new FileInfo(next)) as string : null;
                if (target is null)
                {
                    return null;
                }
                var resolved = Resolve(Path.Combine(current, target), depth + 1);
                if (resolved is null)
                {
                    return null;
                }
                next = resolved;
            }
            current = next;
        }
        return current;
    }

    /// <summary>Whether <paramref name="real"/> is <paramref name="root"/> or inside it.</summary>
    public static bool IsInside(string? real, string root) =>
        real is not null && (real == root || real.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
