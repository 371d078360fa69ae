namespace StaticNews.Site.Serving;

/// <summary>
/// One file of the served site: its bytes and the content type it is sent with. The bytes may be made when first asked
/// for (<see cref="Deferred"/>), once, however many requests ask at the same time.
/// </summary>
public sealed class ServedFile
{
    private readonly Lazy<byte[]> _content;

    public ServedFile(byte[] content, string contentType)
    {
        _content = new Lazy<byte[]>(content);
        ContentType = contentType;
    }

    private ServedFile(Func<byte[]> make, string contentType)
    {
        _content = new Lazy<byte[]>(make, LazyThreadSafetyMode.ExecutionAndPublication);
        ContentType = contentType;
    }

    public byte[] Content => _content.Value;

    public string ContentType { get; }

    /// <summary>Whether the bytes have been made (always, unless deferred and never asked for).</summary>
    public bool IsMade => _content.IsValueCreated;

    public static ServedFile Of(string sitePath, byte[] content) => new(content, ContentTypes.Of(sitePath));

    /// <summary>A file whose bytes <paramref name="make"/> makes when they are first asked for; it must not throw.</summary>
    public static ServedFile Deferred(string sitePath, Func<byte[]> make) => new(make, ContentTypes.Of(sitePath));
}
