namespace StaticNews.Tasks.Scanning;

/// <summary>A document the scan passed to the compiler: where it is, its resource (when embedded), its length and time when scanned, and its bytes when the scan read and kept them.</summary>
internal sealed class ScannedDocument(string file, string relative, string? resource, long length, long ticks, bool isCopy, byte[]? bytes)
{
    public string File { get; } = file;

    /// <summary>Its path from the documents folder, '/'-separated.</summary>
    public string Relative { get; } = relative;

    public string? Resource { get; } = resource;

    public long Length { get; } = length;

    public long Ticks { get; } = ticks;

    /// <summary>Passed as its UTF-8 copy (a UTF-32 document).</summary>
    public bool IsCopy { get; } = isCopy;

    public byte[]? Bytes { get; } = bytes;
}
