using System;
using System.Collections.Generic;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace StaticNews.Content.Documents;

/// <summary>
/// An assembly's embedded resources, read from its file at their offsets. The runtime finds a manifest resource by
/// comparing its name with each resource's before it (GetManifestResourceStream is slower the later the resource
/// stands), so reading every body that way grows with the square of the number of articles. <see cref="Open"/> gives
/// null, and the runtime's lookup serves, when the assembly has no file (loaded from bytes, single-file apps) or the
/// file is no longer the one loaded.
/// </summary>
internal sealed class MappedResources
{
    private readonly MemoryMappedViewAccessor _file;
    private readonly Dictionary<string, long> _offsets;

    private MappedResources(MemoryMappedViewAccessor file, Dictionary<string, long> offsets)
    {
        _file = file;
        _offsets = offsets;
    }

    public static MappedResources? Open(Assembly assembly)
    {
        string location;
        try
        {
            location = assembly.Location;
        }
        catch (NotSupportedException)
        {
            return null;
        }
        if (string.IsNullOrEmpty(location))
        {
            return null;
        }
        FileStream? stream = null;
        try
        {
            stream = new FileStream(location, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
            using (var pe = new PEReader(stream, PEStreamOptions.LeaveOpen))
            {
                var metadata = pe.GetMetadataReader();
                var resources = pe.PEHeaders.CorHeader?.ResourcesDirectory ?? default;
                // The file must be the assembly that is loaded: a build may have replaced it since.
                if (metadata.GetGuid(metadata.GetModuleDefinition().Mvid) != assembly.ManifestModule.ModuleVersionId
                    || !pe.PEHeaders.TryGetDirectoryOffset(resources, out var start))
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
            // Mapped, not read with a system call per document (those cost more than the lookup they replace).
            // The mapping owns the file from here on and lives as long as the process.
            var mapped = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            return new MappedResources(mapped.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), offsets);
        }
        catch (Exception)
        {
            // Whatever kept the file from being read this way (gone, locked, not a PE file), the runtime's lookup still works.
            stream?.Dispose();
            return null;
        }
    }

    /// <summary>
    /// The resource's first <paramref name="maximumLength"/> bytes (each is stored as a 4-byte little-endian length,
    /// then the bytes), or null when it is not there.
    /// </summary>
    public byte[]? Read(string name, int maximumLength)
    {
        if (!_offsets.TryGetValue(name, out var offset) || offset + 4 > _file.Capacity)
        {
            return null;
        }
        var length = _file.ReadInt32(offset);
        if (length < 0 || offset + 4 + length > _file.Capacity)
        {
            return null;
        }
        var bytes = new byte[Math.Min(length, maximumLength)];
        _file.ReadArray(offset + 4, bytes, 0, bytes.Length);
        return bytes;
    }
}
