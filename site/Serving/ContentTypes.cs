namespace StaticNews.Site.Serving;

/// <summary>The content type of a site file by its extension, as GitHub Pages sends it; anything else is a download.</summary>
public static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".wasm"] = "application/wasm",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByExtensionSpan = ByExtension.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Of(string path) => ByExtensionSpan.TryGetValue(Path.GetExtension(path.AsSpan()), out var type) ? type : "application/octet-stream";

    public static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);
}
