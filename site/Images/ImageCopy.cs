namespace StaticNews.Site.Images;

/// <summary>One resized copy of a picture: its file in the site (relative to the output) and its size.</summary>
public sealed record ImageCopy(string File, int Width, int Height, ImageFormat Format);
