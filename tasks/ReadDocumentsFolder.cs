using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using StaticNews.Configuration;

namespace StaticNews.Tasks;

/// <summary>
/// The documents folder from <c>documents:</c> in staticnews.yml (relative to that file), read by the same loader as
/// the generator and the site, else <see cref="DefaultFolder"/>. A problem in the file is left to the generator, which
/// reports every one of them with its line (SN0008); the build goes on with the default. The folder is written to
/// <see cref="FolderFile"/>, which later builds read without running this task while nothing it depends on changed.
/// </summary>
public sealed class ReadDocumentsFolder : Task
{
    public string ConfigFile { get; set; } = "";

    [Required]
    public string DefaultFolder { get; set; } = "";

    [Required]
    public string FolderFile { get; set; } = "";

    [Output]
    public string Folder { get; private set; } = "";

    public override bool Execute()
    {
        Folder = Configured() ?? DefaultFolder;
        File.WriteAllText(FolderFile, Folder + "\n", new UTF8Encoding(false));
        return true;
    }

    private string? Configured()
    {
        if (ConfigFile.Length == 0 || !File.Exists(ConfigFile))
        {
            return null;
        }
        string yaml;
        try
        {
            yaml = File.ReadAllText(ConfigFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var documents = SiteConfigLoader.Load(yaml).Config.Documents;
        return documents is null || documents.Value.Trim().Length == 0
            ? null
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ConfigFile)), documents.Value));
    }
}
