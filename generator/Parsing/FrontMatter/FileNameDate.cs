using System;
using System.IO;
using System.Text.RegularExpressions;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>The date a Jekyll post's file name starts with ("2013-05-06-title.md"), midnight in the site's time zone.</summary>
public static class FileNameDate
{
    private static readonly Regex Prefix = new(@"^(\d{4}-\d{1,2}-\d{1,2})-", RegexOptions.CultureInvariant);

    public static DateTimeOffset? Find(string filePath, TimeZoneInfo zone)
    {
        var match = Prefix.Match(Path.GetFileName(filePath));
        return match.Success && DateParser.TryParse(match.Groups[1].Value, zone, out var date, out _) ? date : null;
    }
}
