namespace StaticNews.Site.Serving;

/// <summary>
/// A folder of the served site whose files are made together, when the first of them is asked for (once, however many
/// requests ask at the same time): the preview's search index, whose files are known only once it is built.
/// </summary>
public sealed class DeferredFolder
{
    private readonly Lazy<IReadOnlyDictionary<string, ServedFile>> _files;

    /// <param name="path">The folder's site path ("search-index"); every file of <paramref name="make"/> lies under it.</param>
    /// <param name="make">The folder's files by site path; it must not throw.</param>
    public DeferredFolder(string path, Func<IReadOnlyDictionary<string, ServedFile>> make)
    {
        Prefix = path.TrimEnd('/') + "/";
        _files = new Lazy<IReadOnlyDictionary<string, ServedFile>>(make, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The folder's site path with its closing slash: the files it holds start with it.</summary>
    public string Prefix { get; }

    /// <summary>Every file of the folder, by site path; asking makes them.</summary>
    public IReadOnlyDictionary<string, ServedFile> Files => _files.Value;

    /// <summary>Whether the files have been made.</summary>
    public bool IsMade => _files.IsValueCreated;

    /// <summary>Whether <paramref name="sitePath"/> (normalized) is in this folder: only then are its files made to find it.</summary>
    public bool Holds(string sitePath) => sitePath.StartsWith(Prefix, StringComparison.Ordinal);
}
