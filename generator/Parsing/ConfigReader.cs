using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Configuration;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>Takes from staticnews.yml what parsing needs, turning each problem into a located diagnostic.</summary>
public static class ConfigReader
{
    public static ConfigResult Read(string filePath, SourceText text)
    {
        var (config, problems) = SiteConfigLoader.Load(text.ToString());
        var diagnostics = problems.Select(p => Diagnostic(filePath, text, p)).ToList();
        var patterns = new List<string>();
        foreach (var pattern in config.Boilerplate)
        {
            var error = BoilerplateFilter.Validate(pattern.Value);
            if (error is null)
            {
                patterns.Add(pattern.Value);
            }
            else
            {
                diagnostics.Add(Diagnostic(filePath, text, new ConfigProblem($"the boilerplate pattern '{pattern.Value}' is not a valid regular expression ({error})", pattern.Line, pattern.Column)));
            }
        }
        var timeZone = config.TimeZone.Value;
        if (FrontMatter.DateParser.FindZone(timeZone) is null)
        {
            diagnostics.Add(Diagnostic(filePath, text, new ConfigProblem($"the time zone '{timeZone}' is not known on this machine (use an IANA name such as Europe/Paris); dates without an offset are read as UTC", config.TimeZone.Line, config.TimeZone.Column)));
            timeZone = "UTC";
        }
        var aliases = new List<KeyAlias>();
        foreach (var mapping in config.FrontMatter)
        {
            if (FrontMatter.FrontMatterKeys.Mappable(mapping.Key.Value) is not { } canonical)
            {
                diagnostics.Add(Diagnostic(filePath, text, new ConfigProblem($"front_matter: '{mapping.Key.Value}' is not a key StaticNews reads (use {FrontMatter.FrontMatterKeys.MappableNames})", mapping.Key.Line, mapping.Key.Column)));
                continue;
            }
            aliases.AddRange(mapping.Value.Where(key => key.Value.Trim().Length > 0).Select(key => new KeyAlias(key.Value.Trim(), canonical)));
        }
        var permalink = Naming.Permalink.Default;
        if (config.Permalink is { } permalinkPattern)
        {
            if (Naming.Permalink.Validate(permalinkPattern.Value) is { } error)
            {
                diagnostics.Add(Diagnostic(filePath, text, new ConfigProblem(error + "; articles are published at " + Naming.Permalink.Default, permalinkPattern.Line, permalinkPattern.Column)));
            }
            else
            {
                permalink = permalinkPattern.Value.Trim();
            }
        }
        var lead = config.Lead is { Value: var slug } written && slug.Trim().Length > 0 ? written : null;
        var documents = config.Documents is { Value: var folder } && folder.Trim().Length > 0
            ? Naming.PagesFolders.Combine(System.IO.Path.GetDirectoryName(filePath) ?? "", folder.Trim())
            : null;
        return new ConfigResult(patterns.ToEquatableArray(), timeZone, diagnostics.ToEquatableArray(), aliases.ToEquatableArray(), permalink,
            lead?.Value.Trim(), lead is null ? null : LocationOf(filePath, text, lead.Line, lead.Column), config.Language.Trim(), documents);
    }

    /// <summary>Where a value of the file is written, from its 1-based line and column (clamped to the text).</summary>
    private static LocationInfo LocationOf(string filePath, SourceText text, int line, int column)
    {
        var index = System.Math.Min(System.Math.Max(line - 1, 0), text.Lines.Count - 1);
        var start = System.Math.Min(text.Lines[index].Start + System.Math.Max(column - 1, 0), text.Lines[index].End);
        return LocationInfo.ForSpan(filePath, text, new TextSpan(start, 0));
    }

    private static DiagnosticInfo Diagnostic(string filePath, SourceText text, ConfigProblem problem) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InvalidConfiguration, LocationOf(filePath, text, problem.Line, problem.Column), problem.Message);
}
