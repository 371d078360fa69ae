using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Browser.Tests.Infrastructure;

/// <summary>
/// html-validate, pinned in the repository's package.json and package-lock.json. The site's build needs no Node.js, so
/// nothing else installs it: the first test that needs it runs `npm ci` at the repository root, once per test run
/// (node_modules/ stays there for the next run).
/// </summary>
public static class HtmlValidate
{
    /// <summary>html-validate's command-line script, run with node.</summary>
    public static string ScriptPath { get; } = Path.Combine(RepoPaths.Root, "node_modules", "html-validate", "bin", "html-validate.mjs");

    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The script, installed first if it is missing; tests asking at the same time wait for the one install.</summary>
    public static string Script => Installed.Value;

    private static string Install()
    {
        if (File.Exists(ScriptPath))
        {
            return ScriptPath;
        }
        var install = ChildProcess.Run(RepoPaths.Root, new Dictionary<string, string>(), "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        if (install.ExitCode != 0 || !File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"`npm ci` at {RepoPaths.Root} did not install html-validate (exit code {install.ExitCode}):\n{install.Output}");
        }
        return ScriptPath;
    }
}
