using System.Globalization;

namespace StaticNews.Site.Views;

/// <summary>Dates as feeds, sitemaps and &lt;time datetime&gt; want them: RFC 3339, with the offset.</summary>
public static class Dates
{
    /// <summary>The feed's date when no article has one; a fixed value, never the build clock, so builds stay reproducible.</summary>
    public static readonly DateTimeOffset Undated = DateTimeOffset.UnixEpoch;

    /// <summary>"2 April 2025", in the article's own offset (the newsroom's local date).</summary>
    public static string Display(DateTimeOffset value) => value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
