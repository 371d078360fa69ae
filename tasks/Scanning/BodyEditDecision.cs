using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace StaticNews.Tasks.Scanning;

/// <summary>
/// Whether the compile can be skipped after a scan that found the same documents the last compile had (the same response
/// file): every document that differs from the copy the compile embedded changed only its body, as the generator judges
/// (<see cref="GeneratorBodyEdits"/>). The compile would then give the same classes but for those bodies, which the site's
/// render reads from the documents themselves; so they are listed for it. The documents to look at are those the scan
/// read (changed since the last scan) and those listed by the last scan (edited since the compile, which a compile for
/// another reason may have taken in meanwhile).
/// </summary>
internal static class BodyEditDecision
{
    /// <param name="compiledBytes">A resource's bytes in the last compile's assembly; null when it has none of that name.</param>
    /// <param name="onlyBodiesChanged">For documents and their bytes before and now, whether only each one's body changed; null when that cannot be told.</param>
    /// <returns>The documents edited since the compile, in path order; null, with <paramref name="reason"/>, when the content must be compiled.</returns>
    public static IReadOnlyList<ScannedDocument>? EditedSinceCompile(IReadOnlyDictionary<string, ScannedDocument> passed, IEnumerable<string> listedBefore,
        Func<string, byte[]?> compiledBytes, Func<IReadOnlyList<ScannedDocument>, byte[][], bool[]?> onlyBodiesChanged, out string reason)
    {
        reason = "";
        var candidates = passed.Values.Where(document => document.Bytes is not null).ToDictionary(document => document.File, StringComparer.Ordinal);
        foreach (var path in listedBefore.Where(path => !candidates.ContainsKey(path)))
        {
            if (!passed.TryGetValue(path, out var known))
            {
                reason = "'" + DocumentNames.Printable(path) + "' is no longer passed to the compiler";
                return null;
            }
            try
            {
                candidates[path] = new ScannedDocument(known.File, known.Relative, known.Resource, known.Length, known.Ticks, known.IsCopy, File.ReadAllBytes(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reason = "'" + DocumentNames.Printable(path) + "' cannot be read (" + e.Message + ")";
                return null;
            }
        }
        var edited = new List<ScannedDocument>();
        var before = new List<byte[]>();
        foreach (var document in candidates.Values.OrderBy(document => document.File, StringComparer.Ordinal))
        {
            var compiled = document.Resource is null ? null : compiledBytes(document.Resource);
            if (compiled is null)
            {
                reason = "'" + document.Relative + "' is not embedded in the compiled assembly";
                return null;
            }
            if (Same(compiled, document.Bytes!))
            {
                continue;
            }
            // A UTF-32 document's copy, a page and a linked document (whose own length and time the render cannot check)
            // are compiled again whenever they change.
            if (document.IsCopy || document.Relative.StartsWith("pages/", StringComparison.Ordinal) || document.Length < 0)
            {
                reason = "'" + document.Relative + "' changed";
                return null;
            }
            edited.Add(document);
            before.Add(compiled);
        }
        if (edited.Count == 0)
        {
            return edited;
        }
        var judged = onlyBodiesChanged(edited, before.ToArray());
        if (judged is null || judged.Length != edited.Count)
        {
            reason = "the generator could not compare the edited documents";
            return null;
        }
        for (var i = 0; i < edited.Count; i++)
        {
            if (!judged[i])
            {
                reason = "'" + edited[i].Relative + "' changed more than its body";
                return null;
            }
        }
        return edited;
    }

    private static bool Same(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }
        return true;
    }
}
