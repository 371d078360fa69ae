namespace StaticNews.Site.Images;

/// <summary>
/// Where the pictures' copies go: the build's staged site (<see cref="StagedPictureFiles"/>) or the preview's memory. A
/// copy's name holds its content's hash, so a copy already there under its name is that copy.
/// </summary>
public interface IPictureFiles
{
    /// <summary>Takes the copy of this name from what is already there into the new site; false when it is not there.</summary>
    bool Keep(string file);

    void Write(string file, byte[] bytes);
}
