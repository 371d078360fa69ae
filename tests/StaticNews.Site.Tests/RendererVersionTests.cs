using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The digest of the rendering code, kept in a file between runs (<see cref="RendererVersion.KeptOrComputed"/>): taken
/// from the file only when it was kept there for this same code, else computed (what <see cref="RendererVersion.Current"/>
/// gives) and kept.
/// </summary>
public sealed class RendererVersionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string File => _temp.Combine("obj", "staticnews.renderer-version");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_digest_is_kept_for_the_same_code_and_made_again_for_any_other()
    {
        var computed = RendererVersion.Current;
        Assert.Equal(computed, RendererVersion.KeptOrComputed(null));

        Assert.Equal(computed, RendererVersion.KeptOrComputed(File));
        var lines = System.IO.File.ReadAllLines(File);
        Assert.Equal(Convert.ToHexString(computed), lines[1]);

        // What the file says for this code is taken as it is (a digest of other bytes shows it was read, not made).
        var other = Convert.ToHexString(new byte[computed.Length]);
        System.IO.File.WriteAllLines(File, [lines[0], other]);
        Assert.Equal(new byte[computed.Length], RendererVersion.KeptOrComputed(File));

        // Kept for other code (another build of the site's assembly): made again, and kept for this one.
        System.IO.File.WriteAllLines(File, [lines[0].Replace(lines[0].Split(' ')[1], Guid.NewGuid().ToString()), other]);
        Assert.Equal(computed, RendererVersion.KeptOrComputed(File));
        Assert.Equal(lines, System.IO.File.ReadAllLines(File));

        // A file that is not one: made again.
        System.IO.File.WriteAllText(File, "not a digest");
        Assert.Equal(computed, RendererVersion.KeptOrComputed(File));
    }
}
