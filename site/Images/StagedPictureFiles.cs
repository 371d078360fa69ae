using StaticNews.Site.Writing;

namespace StaticNews.Site.Images;

/// <summary>The build's pictures: a copy in the previous output is linked into the new site, a new one written into it.</summary>
public sealed class StagedPictureFiles(StagedOutput output) : IPictureFiles
{
    public bool Keep(string file) => output.KeepIfIntact(file, handle => RandomAccess.GetLength(handle) > 0);

    public void Write(string file, byte[] bytes) => output.WriteBytes(file, bytes);
}
