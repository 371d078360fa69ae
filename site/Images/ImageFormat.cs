namespace StaticNews.Site.Images;

/// <summary>The formats resized copies are written in: WebP for browsers that take it, JPEG (PNG for a picture with transparency) for the rest.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
}

public static class ImageFormats
{
    public static string Extension(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        _ => "webp",
    };

    public static string MediaType(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        _ => "image/webp",
    };
}
