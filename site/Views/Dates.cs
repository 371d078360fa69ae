using System.Globalization;

namespace StaticNews.Site.Views;

/// <summary>Dates as feeds, sitemaps and &lt;time datetime&gt; want them: RFC 3339, with the offset.</summary>
public static class Dates
{
    /// <summary>The feed's date when no article has one; a fixed value, never the build clock, so builds stay reproducible.</summary>
    public static readonly DateTimeOffset Undated = DateTimeOffset.UnixEpoch;

    public static string Iso(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
