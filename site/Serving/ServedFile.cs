namespace StaticNews.Site.Serving;

/// <summary>One file of the served site: its bytes and the content type it is sent with.</summary>
public sealed record ServedFile(byte[] Content, string ContentType)
{
    public static ServedFile Of(string sitePath, byte[] content) => new(content, ContentTypes.Of(sitePath));
}
