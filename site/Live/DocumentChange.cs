using StaticNews.Configuration;

namespace StaticNews.Site.Live;

/// <summary>What a changed path did to the documents, when the path alone tells.</summary>
public enum DocumentChangeKind
{
    /// <summary>A known document, still a file of its own: parsed again.</summary>
    Edited,

    /// <summary>A new document in a folder that already holds documents (or the documents folder itself): parsed.</summary>
    Added,

    /// <summary>A known document that is gone: removed.</summary>
    Removed,

    /// <summary>No document: a file the selection leaves out, or an editor's temporary file already gone.</summary>
    Ignored,
}

/// <summary>
/// Takes a changed path in without listing the documents folder: an edited, new or deleted file is its own change. Only a
/// folder (moved in or out), a link, or a file in a folder no document was seen in needs the listing, which checks where
/// folders and links lead (<see cref="DocumentFiles"/>); for those <see cref="Of"/> returns null.
/// </summary>
public static class DocumentChange
{
    /// <param name="known">The documents known before the change, by full path (a dictionary's keys: looked up, not searched).</param>
    /// <param name="isKnownFolder">Whether a folder is the documents folder or holds some of those documents.</param>
    public static DocumentChangeKind? Of(string path, string documentsFolder, DocumentSelection selection,
        ICollection<string> known, Func<string, bool> isKnownFolder)
    {
        if (File.Exists(path))
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                return null;
            }
            if (known.Contains(path))
            {
                return DocumentChangeKind.Edited;
            }
            if (!selection.IsDocument(Path.GetRelativePath(documentsFolder, path)))
            {
                return DocumentChangeKind.Ignored;
            }
            return isKnownFolder(Path.GetDirectoryName(path)!) ? DocumentChangeKind.Added : null;
        }
        if (Directory.Exists(path))
        {
            return null;
        }
        if (known.Contains(path))
        {
            return DocumentChangeKind.Removed;
        }
        // Gone, and no document: unless documents were below it (a folder removed or moved away).
        var below = path + Path.DirectorySeparatorChar;
        return known.Any(document => document.StartsWith(below, StringComparison.Ordinal)) ? null : DocumentChangeKind.Ignored;
    }
}
