using System.Text;

namespace StaticNews.Site.Rendering.Caching;

/// <summary>A file a build keeps for the next one (in obj/): written beside itself and renamed over it, so a reader never sees half of it.</summary>
internal static class CacheFile
{
    public static void Replace(string file, Action<BinaryWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var temporary = file + ".new";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            write(writer);
        }
        File.Move(temporary, file, overwrite: true);
    }
}
