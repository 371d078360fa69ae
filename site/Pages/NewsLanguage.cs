namespace StaticNews.Site.Pages;

/// <summary>
/// A language as Google News wants it in a news sitemap: the ISO 639 code alone ("en" for "en-GB"), lower case, except
/// Chinese, which keeps its script or region as zh-cn (simplified) or zh-tw (traditional).
/// </summary>
public static class NewsLanguage
{
    public static string Of(string language)
    {
        var parts = language.Trim().ToLowerInvariant().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return "en";
        }
        if (parts[0] != "zh")
        {
            return parts[0];
        }
        return parts.Skip(1).Any(p => p is "hant" or "tw" or "hk" or "mo") ? "zh-tw" : "zh-cn";
    }
}
