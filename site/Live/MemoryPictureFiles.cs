using StaticNews.Site.Images;
using StaticNews.Site.Serving;

namespace StaticNews.Site.Live;

/// <summary>
/// The preview's pictures: copies made by an earlier update are taken again by name (a name holds its content's hash),
/// new ones kept in memory; <see cref="Files"/> is this update's copies, which the next update starts from.
/// </summary>
public sealed class MemoryPictureFiles(IReadOnlyDictionary<string, ServedFile> previous) : IPictureFiles
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ServedFile> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ServedFile> Files => _files;

    public bool Keep(string file)
    {
        if (!previous.TryGetValue(file, out var copy))
        {
            return false;
        }
        _files[file] = copy;
        return true;
    }

    public void Write(string file, byte[] bytes) => _files[file] = ServedFile.Of(file, bytes);
}
