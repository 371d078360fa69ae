using System.Diagnostics;

namespace StaticNews.Site.Writing;

/// <summary>
/// The moments of a build at which the tests kill it, as a user's Ctrl+\ or the OOM killer would: when the environment
/// variable STATICNEWS_KILL_AT names the point, the process kills itself there with SIGKILL (nothing runs after it:
/// no finally, no dispose). Unset, each check is one comparison.
/// </summary>
public static class FaultPoint
{
    /// <summary>After every page is staged, before the search index.</summary>
    public const string Staged = "staged";

    /// <summary>In the search index's step: its words staged and its documents not, or the previous index, kept, staged.</summary>
    public const string Search = "search";

    /// <summary>Just before the new site is swapped in.</summary>
    public const string BeforeSwap = "before-swap";

    /// <summary>Between the two renames of the fallback swap (the output is briefly gone).</summary>
    public const string MidSwap = "mid-swap";

    /// <summary>Just after the swap, before the old site is deleted.</summary>
    public const string AfterSwap = "after-swap";

    /// <summary>Half-way through deleting the old site (where it is not kept as the spare).</summary>
    public const string Cleanup = "cleanup";

    /// <summary>Half-way through deleting what the spare held that the new site has not (before the swap).</summary>
    public const string SpareCleanup = "spare-cleanup";

    /// <summary>Half-way through writing the output in place (a mount point).</summary>
    public const string InPlace = "in-place";

    /// <summary>When staticnews.lock's new text is written beside it, before it replaces the lock.</summary>
    public const string LockStaged = "lock-staged";

    private static readonly string? Chosen = Environment.GetEnvironmentVariable("STATICNEWS_KILL_AT");

    /// <summary>Set only by tests: the point at which the build says so on its error output and then waits until it is killed.</summary>
    private static readonly string? Paused = Environment.GetEnvironmentVariable("STATICNEWS_PAUSE_AT");

    /// <summary>Set only by tests: forces the fallback swap (two renames) where the one-step exchange exists.</summary>
    internal static bool ForceTwoRenameSwap { get; } = Environment.GetEnvironmentVariable("STATICNEWS_TWO_RENAME_SWAP") == "1";

    public static void Reach(string point)
    {
        if (Chosen == point)
        {
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
        if (Paused == point)
        {
            Console.Error.WriteLine("StaticNews: paused at " + point);
            Console.Error.Flush();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
