using StaticNews.Configuration;

namespace StaticNews.Site.Loading;

/// <summary>Reads staticnews.yml (optional) with its one loader (config/), as the generator does; problems name the file, line and column.</summary>
public static class SiteLoader
{
    public static (SiteSettings? Settings, List<string> Problems) Load(BuildOptions options)
    {
        var problems = new List<string>();
        var config = new SiteConfig();
        if (options.ConfigFile is { } path)
        {
            if (!File.Exists(path))
            {
                problems.Add($"{path}: error SNS0003: the configuration file does not exist");
                return (null, problems);
            }
            var (loaded, configProblems) = SiteConfigLoader.Load(File.ReadAllText(path));
            config = loaded;
            // The generator reports these as SN0008 during compilation; here they are only repeated as warnings.
            problems.AddRange(configProblems.Select(p => $"{path}({p.Line},{p.Column}): warning SN0008: {p.Message}"));
        }

        if (options.BaseUrl is { } baseUrl && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            problems.Add($"error SNS0004: --base-url '{baseUrl}' is not an absolute URL");
            return (null, problems);
        }
        var settings = SiteSettings.From(config, options.BaseUrl) with { Now = options.Now ?? DateTimeOffset.UtcNow };
        return (options.ConfigFile is { } file ? settings with { ConfigFile = file } : settings, problems);
    }
}
