using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace StaticNews.Tasks.Scanning;

/// <summary>
/// The documents as the last compile embedded them, read from the assembly it wrote (each manifest resource is stored as
/// a 4-byte little-endian length, then the bytes; the runtime's MappedResources reads them the same way from a loaded
/// assembly). Disposed after the scan, so the compile that may follow can write the file again.
/// </summary>
internal sealed class CompiledDocuments : IDisposable
{
    private readonly FileStream _stream;
    private readonly Dictionary<string, long> _offsets;

    private CompiledDocuments(FileStream stream, Dictionary<string, long> offsets)
    {
        _stream = stream;
        _offsets = offsets;
    }

    /// <summary>Null when there is no such assembly, it cannot be read as one, or it embeds nothing.</summary>
    public static CompiledDocuments? Open(string assemblyPath)
    {
        FileStream? stream = null;
        try
        {
            if (!File.Exists(assemblyPath))
            {
                return null;
            }
            stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
            using (var pe = new PEReader(stream, PEStreamOptions.LeaveOpen))
            {
                var metadata = pe.GetMetadataReader();
                if (pe.PEHeaders.CorHeader is not { } header || !pe.PEHeaders.TryGetDirectoryOffset(header.ResourcesDirectory, out var start))
                {
                    stream.Dispose();
                    return null;
                }
                foreach (var handle in metadata.ManifestResources)
                {
                    var resource = metadata.GetManifestResource(handle);
                    if (resource.Implementation.IsNil)
                    {
                        offsets[metadata.GetString(resource.Name)] = start + resource.Offset;
                    }
                }
            }
            return new CompiledDocuments(stream, offsets);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            stream?.Dispose();
            return null;
        }
    }

    /// <summary>The resource's bytes, or null when the assembly has none of that name.</summary>
    public byte[]? Read(string resourceName)
    {
        if (!_offsets.TryGetValue(resourceName, out var offset))
        {
            return null;
        }
        try
        {
            var length = new byte[4];
            _stream.Position = offset;
            if (ReadFully(length) < 4)
            {
                return null;
            }
            var size = length[0] | length[1] << 8 | length[2] << 16 | length[3] << 24;
            if (size < 0 || offset + 4 + size > _stream.Length)
            {
                return null;
            }
            var bytes = new byte[size];
            return ReadFully(bytes) == size ? bytes : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();

    private int ReadFully(byte[] buffer)
    {
        var read = 0;
        while (read < buffer.Length && _stream.Read(buffer, read, buffer.Length - read) is var n and > 0)
        {
            read += n;
        }
        return read;
    }
}
