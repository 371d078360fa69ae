using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace StaticNews.Site.Images;

/// <summary>
/// What earlier builds learnt of the pictures, kept in a folder (obj/, beside the render cache): each source file's facts
/// by its path, size and time (so an unchanged file is not read again), and every resized copy by its file name, which
/// holds the source's content hash (so a copy is made once, whatever article or build asks for it). A build keeps only
/// what it used. Without a folder, nothing is kept beyond the build: copies still in the output are reused by name.
/// </summary>
public sealed class ImageCache
{
    private const string IndexName = "index.tsv";
    private const string IndexHeader = "StaticNews.ImageCache/1";

    private readonly string? _folder;
    private readonly Dictionary<string, (long Length, long Ticks, ImageFacts Facts)> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Length, long Ticks, ImageFacts Facts)> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    private ImageCache(string? folder)
    {
        _folder = folder is null ? null : Path.GetFullPath(folder);
    }

    /// <summary>The folder the cache is kept in; null when nothing is kept between builds.</summary>
    public string? Folder => _folder;

    /// <summary>A cache kept in nothing but memory: copies still in the output are reused, nothing else.</summary>
    public static ImageCache None() => new(null);

    /// <summary>The cache kept in <paramref name="folder"/>: read now (an unreadable index is an empty cache), saved by <see cref="Save"/>.</summary>
    public static ImageCache InFolder(string folder)
    {
        var cache = new ImageCache(folder);
        try
        {
            var index = Path.Combine(cache._folder!, IndexName);
            if (File.Exists(index))
            {
                cache.ReadIndex(File.ReadAllLines(index, Encoding.UTF8));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cache._known.Clear();
        }
        return cache;
    }

    /// <summary>The facts of the file at <paramref name="path"/> when it has the size and time they were learnt at.</summary>
    public ImageFacts? Known(string path, long length, long ticks) =>
        _known.TryGetValue(path, out var known) && known.Length == length && known.Ticks == ticks ? known.Facts : null;

    /// <summary>Keeps what the build learnt of a file, for the next build.</summary>
    public void Remember(string path, long length, long ticks, ImageFacts facts) => _seen[path] = (length, ticks, facts);

    /// <summary>A copy made by an earlier build; null when there is none.</summary>
    public byte[]? Find(string name)
    {
        _used[Path.GetFileName(name)] = true;
        if (_folder is null)
        {
            return null;
        }
        try
        {
            var path = Path.Combine(_folder, "files", Path.GetFileName(name));
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps a copy for the next builds (a failure to write it only costs the next build the work).</summary>
    public void Keep(string name, byte[] bytes)
    {
        _used[Path.GetFileName(name)] = true;
        if (_folder is null)
        {
            return;
        }
        try
        {
            var files = Directory.CreateDirectory(Path.Combine(_folder, "files")).FullName;
            var path = Path.Combine(files, Path.GetFileName(name));
            var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Marks a copy as still wanted, though the build found it in the output and did not ask the cache.</summary>
    public void Use(string name) => _used[Path.GetFileName(name)] = true;

    /// <summary>Writes the index of the files this build saw and removes the copies no page uses any more.</summary>
    public void Save()
    {
        if (_folder is null)
        {
            return;
        }
        Directory.CreateDirectory(_folder);
        var lines = new List<string> { IndexHeader };
        foreach (var (path, (length, ticks, facts)) in _seen.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (path.Contains('\n') || path.Contains('\r'))
            {
                continue;
            }
            lines.Add(string.Join('\t', facts.Hash, I(facts.Width), I(facts.Height), facts.HasAlpha ? "1" : "0", I(length), I(ticks), path));
        }
        var index = Path.Combine(_folder, IndexName);
        File.WriteAllLines(index + ".tmp", lines, new UTF8Encoding(false));
        File.Move(index + ".tmp", index, overwrite: true);
        var files = Path.Combine(_folder, "files");
        if (Directory.Exists(files))
        {
            foreach (var file in Directory.EnumerateFiles(files))
            {
                if (!_used.ContainsKey(Path.GetFileName(file)))
                {
                    File.Delete(file);
                }
            }
        }
    }

    private void ReadIndex(string[] lines)
    {
        if (lines.Length == 0 || lines[0] != IndexHeader)
        {
            return;
        }
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t', 7);
            if (fields.Length == 7 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
                && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
                && long.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                && long.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                _known[fields[6]] = (length, ticks, new ImageFacts(fields[0], width, height, fields[3] == "1"));
            }
        }
    }

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);
}
