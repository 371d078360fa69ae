namespace StaticNews.Site.Writing;

/// <summary>
/// Writes a whole site into a staging folder beside the output folder and swaps it in only on
/// <see cref="Commit"/>: a render that fails half-way leaves the previous site untouched. Every path is
/// checked to stay inside the staging folder.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private bool _committed;

    public StagedOutput(string outputDirectory)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _staging = _target + ".staging-" + Environment.ProcessId;
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
        Directory.CreateDirectory(_staging);
    }

    /// <summary>Where the site is being written until <see cref="Commit"/>.</summary>
    public string StagingDirectory => _staging;

    public void WriteText(string relativePath, string content) =>
        WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public void WriteBytes(string relativePath, byte[] content)
    {
        var path = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public void CopyDirectory(string source, string relativeDestination)
    {
        if (!Directory.Exists(source))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            WriteBytes(Path.Combine(relativeDestination, Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
        }
    }

    /// <summary>Replaces the output folder with the staged one.</summary>
    public void Commit()
    {
        var previous = _target + ".previous-" + Environment.ProcessId;
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, previous);
        }
        Directory.Move(_staging, _target);
        _committed = true;
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    private string Resolve(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(_staging, relativePath));
        if (!path.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{relativePath}': it is outside the output folder");
        }
        return path;
    }
}
