namespace StaticNews.Browser.Tests.Infrastructure;

/// <summary>
/// What the tests need from the machine, checked once at test discovery: Debian's Chromium for the browser tests,
/// Node.js for html-validate (and npm to install it, until it is in node_modules/). The site itself, search index
/// included, builds without Node. A missing tool skips the tests that need it with one line saying how to install it;
/// `.ci/run` installs Chromium, so CI always runs them.
/// </summary>
public static class Requirements
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string? MissingChromium { get; } = File.Exists(ChromiumPath)
        ? null
        : $"Chromium is not installed ({ChromiumPath} is missing): apt-get install chromium";

    public static string? MissingNode { get; } =
        FindOnPath("node") is null
            ? "Node.js is not installed (html-validate needs it): apt-get install nodejs npm"
            : !File.Exists(HtmlValidate.ScriptPath) && FindOnPath("npm") is null
                ? "npm is not installed (it installs html-validate from package-lock.json): apt-get install npm"
                : null;

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
}

/// <summary>A test that drives Chromium; skipped at discovery where Chromium is absent.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public override string? Skip
    {
        get => base.Skip ?? Requirements.MissingChromium;
        set => base.Skip = value;
    }
}

/// <summary>A theory that drives Chromium; skipped at discovery where Chromium is absent.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public override string? Skip
    {
        get => base.Skip ?? Requirements.MissingChromium;
        set => base.Skip = value;
    }
}

/// <summary>A test that runs a Node.js tool from the repository's pinned npm packages; skipped where Node.js (or npm to install them) is absent.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public override string? Skip
    {
        get => base.Skip ?? Requirements.MissingNode;
        set => base.Skip = value;
    }
}
