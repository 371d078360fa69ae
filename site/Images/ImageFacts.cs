namespace StaticNews.Site.Images;

/// <summary>
/// What the build knows of a source picture without decoding it again: its content hash (which names every copy made
/// from it), its size as shown (after its EXIF orientation), and whether it has transparency (kept as PNG, not JPEG).
/// </summary>
public sealed record ImageFacts(string Hash, int Width, int Height, bool HasAlpha)
{
    /// <summary>The format of the copy every browser shows.</summary>
    public ImageFormat Fallback => HasAlpha ? ImageFormat.Png : ImageFormat.Jpeg;
}
