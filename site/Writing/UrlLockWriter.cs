using System.Text;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Content;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;

namespace StaticNews.Site.Writing;

/// <summary>
/// Brings staticnews.lock up to date after a build that succeeded: every published article's URL by its document, and the
/// lines of documents that are no article now kept (their URLs stay reserved) unless a published article has that URL.
/// Written only when its text changes, and whole: the new text goes to a file beside it that then replaces it in one
/// rename, so a build killed at any moment leaves the previous lock or the new one.
/// </summary>
public static class UrlLockWriter
{
    /// <summary>Returns the warnings (SNS0025, SNS0026); nothing when the lock was written or was already up to date.</summary>
    /// <param name="published">The published articles (<c>Articles.All</c>): drafts and future articles are not locked.</param>
    public static IReadOnlyList<string> Update(string lockFile, IReadOnlyList<Article> published) => Prepare(lockFile, published).Write();

    /// <summary>
    /// Reads the lock and makes its new text, writing nothing: a build does this while its pages render, and writes
    /// (<see cref="Pending.Write"/>) once the site is in place.
    /// </summary>
    public static Pending Prepare(string lockFile, IReadOnlyList<Article> published)
    {
        try
        {
            var previous = File.Exists(lockFile) ? File.ReadAllText(lockFile) : null;
            var kept = previous is null ? UrlLock.Empty : UrlLockFile.Read(lockFile, SourceText.From(previous));
            if (kept.Diagnostics.FirstOrDefault() is { } unreadable)
            {
                var line = unreadable.Location.LineSpan.Start.Line + 1;
                return new Pending(lockFile, null, [$"{lockFile}({line}): warning SNS0026: staticnews.lock has a line the build cannot read (SN0055), so it is not updated, and the URLs of new articles are not locked, until that line is fixed or deleted"]);
            }
            var text = UrlLockFile.Write(Entries(published, kept));
            return new Pending(lockFile, text == previous ? null : text, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Pending(lockFile, null, [Unwritten(lockFile, e)]);
        }
    }

    /// <summary>What <see cref="Prepare"/> found: the lock's new text (null when there is nothing to write) or the warning that stops its update.</summary>
    public sealed record Pending(string LockFile, string? Text, IReadOnlyList<string> Problems)
    {
        /// <summary>Writes the new text, if any; returns the warnings.</summary>
        public IReadOnlyList<string> Write()
        {
            if (Text is null)
            {
                return Problems;
            }
            try
            {
                Replace(LockFile, Text);
                return [];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return [Unwritten(LockFile, e)];
            }
        }
    }

    private static string Unwritten(string lockFile, Exception e) =>
        $"{lockFile}: warning SNS0025: staticnews.lock could not be updated ({e.Message}); the site is built, and the next build tries again";

    private static Dictionary<string, string> Entries(IReadOnlyList<Article> published, UrlLock kept)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var urls = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in published)
        {
            entries[article.SourcePath] = article.Url;
            urls.Add(article.Url);
        }
        foreach (var entry in kept.Entries)
        {
            if (!entries.ContainsKey(entry.SourcePath) && !urls.Contains(entry.Url))
            {
                entries[entry.SourcePath] = entry.Url;
            }
        }
        return entries;
    }

    /// <summary>The new text beside the lock (a link left there is removed, not written through), flushed, then renamed over it.</summary>
    private static void Replace(string lockFile, string text)
    {
        var staged = lockFile + ".tmp";
        File.Delete(staged);
        using (var stream = new FileStream(staged, FileMode.CreateNew, FileAccess.Write))
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        FaultPoint.Reach(FaultPoint.LockStaged);
        File.Move(staged, lockFile, overwrite: true);
    }
}
