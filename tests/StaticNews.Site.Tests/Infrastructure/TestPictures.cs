namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>Real picture files made in a test.</summary>
public static class TestPictures
{
    /// <summary>A photo-like JPEG: smooth colour noise with grain, different for each seed.</summary>
    public static void MakePhoto(string path, int width, int height, int seed)
    {
        using var red = NetVips.Image.Perlin(width, height, cellSize: 200, uchar: true, seed: seed * 3);
        using var green = NetVips.Image.Perlin(width, height, cellSize: 150, uchar: true, seed: seed * 3 + 1);
        using var blue = NetVips.Image.Perlin(width, height, cellSize: 100, uchar: true, seed: seed * 3 + 2);
        using var colour = red.Bandjoin(green, blue);
        colour.Jpegsave(path, q: 85);
    }
}
