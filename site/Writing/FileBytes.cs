using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace StaticNews.Site.Writing;

/// <summary>
/// A file's whole content compared and written through one handle each: no copy of the file in memory (it is read
/// in pooled chunks), and no preallocation (File.WriteAllBytes reserves the file's size first, a second call per file).
/// </summary>
public static class FileBytes
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>True when the file at <paramref name="path"/> holds exactly <paramref name="content"/>; false when it is gone.</summary>
    public static bool Holds(string path, ReadOnlySpan<byte> content)
    {
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return Holds(file, content);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>True when the open file holds exactly <paramref name="content"/>.</summary>
    public static bool Holds(SafeFileHandle file, ReadOnlySpan<byte> content)
    {
        if (RandomAccess.GetLength(file) != content.Length)
        {
            return false;
        }
        var chunk = ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, ChunkSize));
        try
        {
            var offset = 0;
            while (offset < content.Length)
            {
                var read = RandomAccess.Read(file, chunk.AsSpan(0, Math.Min(chunk.Length, content.Length - offset)), offset);
                if (read == 0 || !chunk.AsSpan(0, read).SequenceEqual(content.Slice(offset, read)))
                {
                    return false;
                }
                offset += read;
            }
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Creates or replaces the file at <paramref name="path"/> with <paramref name="content"/>.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(file, content, 0);
    }
}
