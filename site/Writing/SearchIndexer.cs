using System.Diagnostics;

namespace StaticNews.Site.Writing;

/// <summary>
/// Runs Pagefind over the staged site, before it is swapped in: a failure leaves the previous site (and its index)
/// as it was, and a Pagefind orphaned by a killed build can only write into that build's staging folder, which the
/// next build deletes. Pagefind reads only the pages' <c>data-pagefind-body</c> (the articles) and writes
/// <c>pagefind/</c>, which the search page loads relative to the base path.
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
            FaultPoint.Reach(FaultPoint.Search);
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
