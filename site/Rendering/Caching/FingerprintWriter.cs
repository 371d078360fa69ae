using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace StaticNews.Site.Rendering.Caching;

/// <summary>
/// Writes values into one buffer, each tagged with its kind and strings with their length, so that two different
/// sequences of values never write the same bytes; <see cref="Digest"/> hashes what was written.
/// </summary>
public sealed class FingerprintWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public void Add(string? value)
    {
        if (value is null)
        {
            Tag('n');
            return;
        }
        Tag('s');
        Add(value.Length);
        _buffer.Write(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    public void Add(int value)
    {
        Tag('i');
        Write(value);
    }

    public void Add(long value)
    {
        Tag('l');
        Write(value);
    }

    public void Add(bool value) => Tag(value ? 'T' : 'F');

    public void Add(DateTimeOffset? value)
    {
        if (value is not { } date)
        {
            Tag('n');
            return;
        }
        Tag('d');
        Write(date.Ticks);
        Write(date.Offset.Ticks);
    }

    /// <summary>A digest made elsewhere (of an article, of the templates).</summary>
    public void Add(ReadOnlySpan<byte> digest)
    {
        Tag('h');
        Add(digest.Length);
        _buffer.Write(digest);
    }

    /// <summary>The start of a list, a record or another compound value, with how many parts follow.</summary>
    public void Begin(char kind, int parts)
    {
        Tag(kind);
        Write(parts);
    }

    public byte[] Digest() => SHA256.HashData(_buffer.WrittenSpan);

    public void Clear() => _buffer.ResetWrittenCount();

    private void Tag(char tag) => Write((byte)tag);

    private void Write<T>(T value) where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpan(ref value, 1));
        _buffer.Write(bytes);
    }
}
