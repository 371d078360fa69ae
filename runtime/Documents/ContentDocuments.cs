using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace StaticNews.Content.Documents;

/// <summary>
/// The documents a content assembly embeds (the build embeds each document as a resource, and article bodies are
/// read from it). One per assembly, shared by its articles, so the assembly's file is opened once.
/// </summary>
internal sealed class ContentDocuments
{
    private static readonly ConditionalWeakTable<Assembly, ContentDocuments> s_byAssembly = new();

    private readonly Assembly _assembly;
    private readonly Lazy<MappedResources?> _mapped;

    private ContentDocuments(Assembly assembly)
    {
        _assembly = assembly;
        _mapped = new Lazy<MappedResources?>(() => MappedResources.Open(assembly));
    }

    public static ContentDocuments Of(Assembly assembly) => s_byAssembly.GetValue(assembly, a => new ContentDocuments(a));

    /// <summary>The assembly's module version id: a compile of other documents (or other code) gives another.</summary>
    public Guid ModuleVersionId => _assembly.ManifestModule.ModuleVersionId;

    /// <summary>
    /// The document, or at least its first <paramref name="characters"/> UTF-16 units when it is longer. A unit comes
    /// from at most four bytes (UTF-32; UTF-8 takes at most three, UTF-16 two), so four bytes a unit, a byte-order mark
    /// and an unfinished last character are enough; the units past those bytes are not decoded.
    /// </summary>
    /// <param name="sourcePath">The article's source path, for the error when the document is not embedded.</param>
    public string Read(string resource, string sourcePath, int characters = int.MaxValue)
    {
        var maximumLength = characters >= (int.MaxValue - 8) / 4 ? int.MaxValue : 4 * characters + 8;
        return DocumentDecoder.Decode(ReadBytes(resource, sourcePath, maximumLength));
    }

    private byte[] ReadBytes(string resource, string sourcePath, int maximumLength)
    {
        if (_mapped.Value?.Read(resource, maximumLength) is { } fromFile)
        {
            return fromFile;
        }
        using var stream = _assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(
                "The document " + sourcePath + " is not embedded in " + _assembly.GetName().Name + " as the resource '" + resource +
                "'; the build that compiled it embeds documents (StaticNewsEmbedDocuments).");
        var bytes = new byte[Math.Min(stream.Length, maximumLength)];
        var length = 0;
        int read;
        while (length < bytes.Length && (read = stream.Read(bytes, length, bytes.Length - length)) > 0)
        {
            length += read;
        }
        if (length < bytes.Length)
        {
            Array.Resize(ref bytes, length);
        }
        return bytes;
    }
}
