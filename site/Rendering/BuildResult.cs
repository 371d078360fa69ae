namespace StaticNews.Site.Rendering;

/// <summary>The outcome of one render: success, what was written, and every problem met on the way.</summary>
public sealed record BuildResult(bool Succeeded, int Pages, int OtherFiles, TimeSpan Elapsed, IReadOnlyList<string> Problems)
{
    /// <summary>The files written, new or changed; the others were already in the output, byte for byte.</summary>
    public int FilesWritten { get; init; }

    /// <summary>What the previous site had and this one does not (a removed folder counts once).</summary>
    public int EntriesRemoved { get; init; }

    /// <summary>The pages (and machine-read files) rendered; the others were unchanged since the last build (<see cref="Caching.RenderCache"/>).</summary>
    public int PagesRendered { get; init; }

    /// <summary>The picture copies resized; the others were kept from the output or the picture cache.</summary>
    public int PictureCopiesMade { get; init; }

    /// <summary>The article bodies read and hashed; the others were known from the last build of the same compiled content (<see cref="Caching.CompiledBodies"/>).</summary>
    public int BodiesRead { get; init; }

    /// <summary>What the build did to the search index; null when it was built without search.</summary>
    public Search.SearchIndexing? Search { get; init; }

    public static BuildResult Failed(TimeSpan elapsed, IReadOnlyList<string> problems) => new(false, 0, 0, elapsed, problems);
}
