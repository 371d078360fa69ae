using NetVips;

namespace StaticNews.Site.Images;

/// <summary>
/// libvips (through NetVips) reads and resizes pictures: it shrinks a JPEG while decoding it and streams the rest, so a
/// large photo is never held whole (docs/design-notes.md, "Pictures", has the measurements behind the choice).
/// </summary>
public static class ImageResizer
{
    public const int JpegQuality = 82;
    public const int WebpQuality = 78;

    /// <summary>The facts of a picture from its bytes (its header only); null with a reason when they are no picture libvips reads.</summary>
    public static ImageFacts? Probe(byte[] bytes, string hash, out string? problem)
    {
        problem = null;
        try
        {
            using var image = NetVips.Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            var (width, height) = (image.Width, image.Height);
            // EXIF orientations 5 to 8 turn the picture a quarter: the copies, which are turned upright, swap width and height.
            if (image.Contains("orientation") && image.Get("orientation") is int orientation && orientation is >= 5 and <= 8)
            {
                (width, height) = (height, width);
            }
            return new ImageFacts(hash, width, height, image.HasAlpha());
        }
        catch (VipsException e)
        {
            problem = Reason(e);
            return null;
        }
    }

    /// <summary>A copy <paramref name="width"/> pixels wide (never wider than the source), upright, without metadata.</summary>
    public static byte[] Resize(byte[] source, int width, ImageFormat format)
    {
        using var resized = NetVips.Image.ThumbnailBuffer(source, width, height: 100_000_000, size: Enums.Size.Down);
        return format switch
        {
            ImageFormat.Jpeg => resized.JpegsaveBuffer(q: JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None),
            ImageFormat.Png => resized.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None),
            _ => resized.WebpsaveBuffer(q: WebpQuality, keep: Enums.ForeignKeep.None),
        };
    }

    /// <summary>libvips's reason, one line.</summary>
    public static string Reason(VipsException e)
    {
        var lines = e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // NetVips's first line is "unable to call ..."; libvips's own reason follows it.
        return lines.Length > 1 ? lines[1] : lines.FirstOrDefault() ?? "unknown error";
    }
}
