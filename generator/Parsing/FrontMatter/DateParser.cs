using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>
/// Dates as news front matter and other blog generators write them: ISO 8601 ("2025-04-02", "2025-04-02 10:30",
/// "2025-04-02T10:30:00", with "Z" or an offset "+04:00"), Jekyll's "2013-05-06 02:12:52 +0200", months and days
/// without a leading zero ("2024-4-9"), and RFC 1123 / RFC 822 ("Mon, 06 May 2013 02:12:52 +0200"). A date or time without an offset is read in the site's time zone
/// (staticnews.yml <c>time_zone</c>), never the machine's. Anything else, and local times that do not
/// exist (the hour skipped when clocks go forward), is refused with the reason.
/// </summary>
public static class DateParser
{
    private static readonly string[] WithOffset =
    {
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK",
    };

    private static readonly string[] Rfc822 =
    {
        "ddd, d MMM yyyy HH:mm:ssK", "d MMM yyyy HH:mm:ssK", "ddd, d MMM yyyy HH:mmK", "d MMM yyyy HH:mmK",
    };

    private static readonly Regex UnpaddedDate = new(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T ])", RegexOptions.CultureInvariant);
    private static readonly Regex SpacedOffset = new(@"(?<=\d)\s*([+-])(\d{2}):?(\d{2})$", RegexOptions.CultureInvariant);
    private static readonly Regex NamedUtc = new(@"(?<=\d)\s*(GMT|UTC|UT)$", RegexOptions.CultureInvariant);

    public const string ExpectedForms = "write 2025-04-02, 2025-04-02 10:30, 2025-04-02T10:30:00+04:00, 2013-05-06 02:12:52 +0200 or Mon, 06 May 2013 02:12:52 +0200";

    private static readonly string[] WithoutOffset =
    {
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm",
    };

    /// <summary>Null error on success.</summary>
    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value, out string? error)
    {
        var written = text.Trim();
        text = Normalize(written);
        error = null;
        if (HasOffset(text) && DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }
        if (char.IsLetter(text.Length > 0 ? text[0] : ' ') || text.Contains(" "))
        {
            if (DateTimeOffset.TryParseExact(text, Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            {
                return true;
            }
        }
        if (DateTime.TryParseExact(text, WithoutOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (zone.IsInvalidTime(local))
            {
                value = default;
                error = $"{text} does not exist in the time zone {zone.Id} (clocks were put forward)";
                return false;
            }
            var offset = zone.GetUtcOffset(local);
            var utcTicks = local.Ticks - offset.Ticks;
            if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
            {
                // 0001-01-01 east of Greenwich, 9999-12-31 late west of it: no such moment (DateTimeOffset would throw).
                value = default;
                error = $"{text} in the time zone {zone.Id} is outside the calendar (years 1 to 9999 in UTC)";
                return false;
            }
            value = new DateTimeOffset(local, offset);
            return true;
        }
        value = default;
        error = $"'{written}' is not a date StaticNews reads ({ExpectedForms})";
        return false;
    }

    /// <summary>The site's time zone by IANA or Windows id; null when this machine does not know it.</summary>
    public static TimeZoneInfo? FindZone(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id is "UTC" or "Etc/UTC" or "Z")
        {
            return TimeZoneInfo.Utc;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>"2024-4-9 10:00 +0200" → "2024-04-09 10:00+02:00"; "... 10:00 GMT" → "... 10:00Z".</summary>
    private static string Normalize(string text)
    {
        text = UnpaddedDate.Replace(text, m => m.Groups[1].Value + "-" + m.Groups[2].Value.PadLeft(2, '0') + "-" + m.Groups[3].Value.PadLeft(2, '0'));
        text = NamedUtc.Replace(text, "Z");
        return SpacedOffset.Replace(text, "$1$2:$3");
    }

    private static bool HasOffset(string text) =>
        text.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || (text.Length > 10 && text.IndexOfAny(new[] { '+', '-' }, 10) > 0);
}
