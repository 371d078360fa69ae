using System.Globalization;

namespace StaticNews.Site.Images;

/// <summary>
/// How large a picture the site resizes. A decompression bomb (a small PNG that claims 30000×30000 pixels) or a huge
/// file would take minutes and gigabytes to resize; such a picture is refused from its file's size, or from the size
/// its header gives, before anything is decoded. The limits are far above any camera's photo a news page shows.
/// </summary>
public static class ImageLimits
{
    /// <summary>The largest file read: 50 MiB (a 100-megapixel JPEG is about 30 MB).</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>The most pixels a picture may have: 100 million (10000×10000, or a 12000×8000 photo).</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>Why a file of <paramref name="length"/> bytes is not read; null when it may be.</summary>
    public static string? ProblemWithLength(long length) =>
        length <= MaxBytes ? null
        : $"is too large to resize ({N(length)} bytes; the limit is {N(MaxBytes)}); make it smaller";

    /// <summary>Why a picture of this size is not resized; null when it may be.</summary>
    public static string? ProblemWithSize(ImageFacts facts) =>
        (long)facts.Width * facts.Height <= MaxPixels ? null
        : $"is too large to resize ({N(facts.Width)}×{N(facts.Height)} pixels; the limit is {N(MaxPixels)} pixels); make it smaller";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
