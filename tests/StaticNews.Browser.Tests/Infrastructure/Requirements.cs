namespace StaticNews.Browser.Tests.Infrastructure;

/// <summary>
/// What the tests need from the machine, checked once at test discovery: Debian's Chromium for the browser tests,
/// Node.js for search (Pagefind builds the index) and for html-validate. A missing tool skips the tests that need
/// it with one line saying how to install it; `.ci/run` installs Chromium, so CI always runs them.
/// </summary>
public static class Requirements
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string? MissingChromium { get; } = File.Exists(ChromiumPath)
        ? null
        : $"Chromium is not installed ({ChromiumPath} is missing): apt-get install chromium";

    public static string? MissingNode { get; } = FindOnPath("node") is null
        ? "Node.js is not installed (search and html-validate need it): apt-get install nodejs npm"
        : null;

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
}

/// <summary>A test that drives Chromium; skipped at discovery where Chromium (or, with NeedsNode, Node.js) is absent.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public bool NeedsNode { get; set; }

    public override string? Skip
    {
        get => base.Skip ?? Requirements.MissingChromium ?? (NeedsNode ? Requirements.MissingNode : null);
        set => base.Skip = value;
    }
}

/// <summary>A theory that drives Chromium; skipped at discovery where Chromium (or, with NeedsNode, Node.js) is absent.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public bool NeedsNode { get; set; }

    public override string? Skip
    {
        get => base.Skip ?? Requirements.MissingChromium ?? (NeedsNode ? Requirements.MissingNode : null);
        set => base.Skip = value;
    }
}

/// <summary>A test that runs a Node.js tool from the site's pinned npm packages; skipped where Node.js is absent.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public override string? Skip
    {
        get => base.Skip ?? Requirements.MissingNode;
        set => base.Skip = value;
    }
}
