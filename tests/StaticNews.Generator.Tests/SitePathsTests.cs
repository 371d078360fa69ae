using StaticNews.Generator.Naming;
using Xunit;

namespace StaticNews.Generator.Tests;

/// <summary>
/// SitePaths.Normalize, which makes every article's URL: the examples its contract names, and agreement with the rule
/// written plainly (split at '/', drop empty segments, refuse any unsafe one, join) over many generated paths, hostile
/// ones among them.
/// </summary>
public sealed class SitePathsTests
{
    [Theory]
    [InlineData("/2013/05/post", "2013/05/post/")]
    [InlineData("/old.html", "old.html")]
    [InlineData("  //x", null)]
    [InlineData("/", null)]
    [InlineData("", null)]
    [InlineData("a//b///", "a/b/")]
    [InlineData("a/../b", null)]
    [InlineData("a/b./c", null)]
    [InlineData("con/x", null)]
    [InlineData("CON.txt", null)]
    [InlineData("console/x", "console/x/")]
    [InlineData("nul.tar.gz", null)]
    [InlineData("a?b=1", null)]
    [InlineData("https://example.org/x", null)]
    [InlineData("ünïcode/x", null)]
    [InlineData("a/page.HTM", "a/page.HTM")]
    [InlineData("~user/x_y-z.1", "~user/x_y-z.1/")]
    public void Normalizes_as_its_contract_says(string text, string? expected) =>
        Assert.Equal(expected, SitePaths.Normalize(text));

    [Fact]
    public void Agrees_with_the_plain_rule_over_generated_paths()
    {
        var random = new Random(20261206);
        string[] pieces = ["a", "Z9", "-", "_", ".", "..", "~", "/", "//", " ", "\t", "con", "LPT1", "com9", "aux.x", "nul.", "x.html", ".htm",
            "é", "?", "#", ":", "\\", "%20", "\u0000", "prn", "long-segment-of-words", "2013", "05"];
        var checkedPaths = 0;
        for (var i = 0; i < 20000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(Plain(text) == SitePaths.Normalize(text), $"'{text}': plain {Plain(text) ?? "null"}, normalized {SitePaths.Normalize(text) ?? "null"}");
            checkedPaths += Plain(text) is null ? 0 : 1;
        }
        // Many generated paths must be accepted, or the agreement says little.
        Assert.True(checkedPaths > 2000, $"only {checkedPaths} accepted paths");
        var tooLong = new string('a', 301);
        Assert.Null(SitePaths.Normalize(tooLong));
        Assert.Equal(new string('a', 300) + "/", SitePaths.Normalize(new string('a', 300)));
    }

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    private static string? Plain(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 300 || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var segments = trimmed.Split('/').Where(segment => segment.Length > 0).ToList();
        if (segments.Count == 0 || !segments.All(segment =>
                segment is not ("." or "..") && !segment.EndsWith('.') && !DeviceNames.Contains(segment.Split('.')[0])
                && segment.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' or '~')))
        {
            return null;
        }
        var path = string.Join("/", segments);
        var last = segments[^1];
        return last.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || last.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? path : path + "/";
    }
}
