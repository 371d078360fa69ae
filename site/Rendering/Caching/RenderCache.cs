using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace StaticNews.Site.Rendering.Caching;

/// <summary>
/// What the last successful build wrote for each page of one output folder: the page's fingerprint, and the file's
/// length, time and content hash. A page whose fingerprint is unchanged and whose file is still the one written is
/// not rendered again. A long-running process (the preview) keeps one between builds; a build run as a new process
/// each time (<c>dotnet build</c>) keeps it in a file (<see cref="Persistent"/>). A file edited or deleted by hand no
/// longer matches: its length or time differs, and a file written in the last seconds before the cache was saved
/// (when a hand edit may share its time) is compared by its content hash.
/// </summary>
public sealed class RenderCache
{
    /// <summary>The default <see cref="ContentCheckWindow"/>: far above the step of any file system's clock.</summary>
    public static readonly TimeSpan DefaultContentCheckWindow = TimeSpan.FromSeconds(2);

    private const string Magic = "StaticNews render cache 1";

    private Dictionary<string, RenderedPage> _pages = new(StringComparer.Ordinal);
    private string _output = "";
    private long _savedAt;

    /// <summary>An empty cache kept in memory only.</summary>
    public RenderCache()
    {
    }

    /// <summary>The file the cache is read from and saved to; null for one kept in memory only.</summary>
    public string? File { get; private init; }

    /// <summary>
    /// A file written this long or less before the cache was saved is compared by its content hash, not trusted by its
    /// length and time: an edit by hand right after the build may fall in the same step of the file system's clock and
    /// leave the time as it was. An older file edited since has a later time.
    /// </summary>
    public TimeSpan ContentCheckWindow { get; init; } = DefaultContentCheckWindow;

    /// <summary>How many pages the cache knows.</summary>
    public int Count => _pages.Count;

    /// <summary>The cache saved in <paramref name="file"/>; empty when there is none or it cannot be read.</summary>
    public static RenderCache Persistent(string file, TimeSpan? contentCheckWindow = null)
    {
        var cache = new RenderCache { File = Path.GetFullPath(file), ContentCheckWindow = contentCheckWindow ?? DefaultContentCheckWindow };
        try
        {
            if (System.IO.File.Exists(cache.File))
            {
                cache.Read(cache.File);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            cache.Forget();
        }
        return cache;
    }

    /// <summary>What the cache knows of the page at <paramref name="relativePath"/> of <paramref name="output"/>.</summary>
    public RenderedPage? Find(string output, string relativePath) =>
        output == _output && _pages.TryGetValue(relativePath, out var page) ? page : null;

    /// <summary>True when the open file is the one the cache recorded for the page.</summary>
    public bool IsIntact(SafeFileHandle file, RenderedPage page)
    {
        if (RandomAccess.GetLength(file) != page.Length || System.IO.File.GetLastWriteTimeUtc(file).Ticks != page.LastWriteTicks)
        {
            return false;
        }
        return page.LastWriteTicks < _savedAt - ContentCheckWindow.Ticks || HashOf(file).AsSpan().SequenceEqual(page.ContentHash);
    }

    /// <summary>Replaces what the cache knows with the pages of a build that succeeded, and saves it when it is kept in a file.</summary>
    public void Update(string output, Dictionary<string, RenderedPage> pages)
    {
        _output = output;
        _pages = pages;
        _savedAt = DateTime.UtcNow.Ticks;
        if (File is not null)
        {
            Write(File);
        }
    }

    /// <summary>Forgets every page (and deletes the file): the output was written some other way.</summary>
    public void Forget()
    {
        _pages = new Dictionary<string, RenderedPage>(StringComparer.Ordinal);
        _output = "";
        _savedAt = 0;
        if (File is not null && System.IO.File.Exists(File))
        {
            System.IO.File.Delete(File);
        }
    }

    public static byte[] HashOf(ReadOnlySpan<byte> content) => SHA256.HashData(content);

    private static byte[] HashOf(SafeFileHandle file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long offset = 0;
            int read;
            while ((read = RandomAccess.Read(file, chunk, offset)) > 0)
            {
                hash.AppendData(chunk, 0, read);
                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return hash.GetHashAndReset();
    }

    private void Read(string file)
    {
        using var reader = new BinaryReader(System.IO.File.OpenRead(file), Encoding.UTF8);
        if (reader.ReadString() != Magic)
        {
            return;
        }
        var output = reader.ReadString();
        var savedAt = reader.ReadInt64();
        var count = reader.ReadInt32();
        var pages = new Dictionary<string, RenderedPage>(Math.Clamp(count, 0, 1_000_000), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = reader.ReadString();
            var fingerprint = reader.ReadBytes(reader.ReadByte());
            var length = reader.ReadInt64();
            var time = reader.ReadInt64();
            var hash = reader.ReadBytes(reader.ReadByte());
            pages[path] = new RenderedPage(fingerprint, length, time, hash);
        }
        (_output, _savedAt, _pages) = (output, savedAt, pages);
    }

    /// <summary>Replaces the file whole (<see cref="CacheFile"/>).</summary>
    private void Write(string file) => CacheFile.Replace(file, writer =>
    {
        writer.Write(Magic);
        writer.Write(_output);
        writer.Write(_savedAt);
        writer.Write(_pages.Count);
        foreach (var (path, page) in _pages)
        {
            writer.Write(path);
            writer.Write((byte)page.Fingerprint.Length);
            writer.Write(page.Fingerprint);
            writer.Write(page.Length);
            writer.Write(page.LastWriteTicks);
            writer.Write((byte)page.ContentHash.Length);
            writer.Write(page.ContentHash);
        }
    });
}

/// <summary>One page as the last build wrote it: its fingerprint, and its file's length, time and SHA-256.</summary>
public sealed record RenderedPage(byte[] Fingerprint, long Length, long LastWriteTicks, byte[] ContentHash);
