using System.Text;

namespace StaticNews.Site.Images;

/// <summary>
/// Which copies a picture gets: one per width the pages ask for (480, 960 and 1600 pixels) that is narrower than the
/// picture, and the picture's own width when it is narrower than the widest (never upscaled), each as WebP and in its
/// fallback format. The file names hold the source's content hash, so a changed picture is a new file that no cache
/// (the browser's, GitHub Pages') serves stale.
/// </summary>
public static class ImageCopies
{
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    /// <summary>The folder of the site the copies are written to.</summary>
    public const string Folder = "images";

    public static IReadOnlyList<ImageCopy> Of(ImageFacts facts, string sourceName)
    {
        var widths = Widths.Where(width => width < facts.Width).ToList();
        var widest = Math.Min(facts.Width, Widths[^1]);
        if (!widths.Contains(widest))
        {
            widths.Add(widest);
        }
        var stem = Stem(sourceName);
        var copies = new List<ImageCopy>();
        foreach (var format in new[] { ImageFormat.Webp, facts.Fallback })
        {
            foreach (var width in widths)
            {
                var height = Math.Max(1, (int)Math.Round((double)facts.Height * width / facts.Width, MidpointRounding.AwayFromZero));
                copies.Add(new ImageCopy($"{Folder}/{stem}{facts.Hash}-{width}.{format.Extension()}", width, height, format));
            }
        }
        return copies;
    }

    /// <summary>The source's name as a readable start of the copies' names ("lead-photo-"): lower-case ASCII letters, digits and '-'.</summary>
    private static string Stem(string sourceName)
    {
        var name = Path.GetFileNameWithoutExtension(sourceName).ToLowerInvariant();
        var stem = new StringBuilder();
        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                stem.Append(c);
            }
            else if (stem.Length > 0 && stem[^1] != '-')
            {
                stem.Append('-');
            }
            if (stem.Length >= 40)
            {
                break;
            }
        }
        var text = stem.ToString().Trim('-');
        return text.Length == 0 ? "" : text + "-";
    }
}
