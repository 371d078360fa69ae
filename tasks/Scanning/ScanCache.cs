using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace StaticNews.Tasks.Scanning;

/// <summary>
/// The text documents the last scan read, by path, length and time: one unchanged since is not read again. Opening
/// and reading every document is most of a scan (about a second for 10,000 on this kind of machine, where the scan
/// runs again whenever one document changed). A document whose time falls within <see cref="Window"/> before the
/// cache was saved is read again anyway, as the render cache does: an edit in the same step of the file system's
/// clock as the scan's read may leave its length and time as they were. A cache that cannot be read is empty.
/// </summary>
internal sealed class ScanCache
{
    private const string Magic = "StaticNews documents scan cache 1";

    /// <summary>Far above the step of any file system's clock.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, (long Length, long Ticks)> _known;
    private readonly Dictionary<string, (long Length, long Ticks)> _seen = new(StringComparer.Ordinal);
    private readonly long _savedAt;

    private ScanCache(Dictionary<string, (long, long)> known, long savedAt)
    {
        _known = known;
        _savedAt = savedAt;
    }

    public static ScanCache Empty() => new(new Dictionary<string, (long, long)>(StringComparer.Ordinal), 0);

    public static ScanCache Load(string file)
    {
        var known = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(file))
            {
                return Empty();
            }
            using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return Empty();
            }
            var savedAt = reader.ReadInt64();
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                known[path] = (reader.ReadInt64(), reader.ReadInt64());
            }
            return new ScanCache(known, savedAt);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            return Empty();
        }
    }

    /// <summary>True when the last scan read <paramref name="path"/> as text with this length and time, and the time is not within the window.</summary>
    public bool IsKnownText(string path, long length, long ticks) =>
        _known.TryGetValue(path, out var known) && known == (length, ticks) && ticks < _savedAt - Window.Ticks;

    /// <summary>Notes a document this scan passes as text (read now or known), with the length and time it had before it was read.</summary>
    public void Text(string path, long length, long ticks) => _seen[path] = (length, ticks);

    /// <summary>Saves this scan's text documents (only theirs); a cache that cannot be written only costs the next scan its reads.</summary>
    public void Save(string file)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file)));
            var temporary = file + ".new";
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(DateTime.UtcNow.Ticks);
                writer.Write(_seen.Count);
                foreach (var entry in _seen)
                {
                    writer.Write(entry.Key);
                    writer.Write(entry.Value.Length);
                    writer.Write(entry.Value.Ticks);
                }
            }
            // A rename, so a reader never sees half of it (File.Replace needs the file to exist).
            if (File.Exists(file))
            {
                File.Replace(temporary, file, null);
            }
            else
            {
                File.Move(temporary, file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
