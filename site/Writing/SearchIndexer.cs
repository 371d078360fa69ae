using System.Diagnostics;

namespace StaticNews.Site.Writing;

/// <summary>
/// Runs Pagefind over the committed site (StagedOutput holds only the changed files, so the whole new site exists
/// only once they are moved in; a failure here rolls the commit back). Pagefind reads only the pages'
/// <c>data-pagefind-body</c> (the articles) and writes <c>pagefind/</c>, which the search page loads relative to
/// the base path.
/// </summary>
public static class SearchIndexer
{
    /// <summary>Null on success, else what went wrong.</summary>
    public static string? Run(string pagefindCommand, string siteDirectory)
    {
        var start = new ProcessStartInfo(pagefindCommand)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--site", siteDirectory, "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"Pagefind exited with {process.ExitCode}: {output.Result}{error}".Trim();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"Pagefind could not be started ({pagefindCommand}): {e.Message}";
        }
    }
}
