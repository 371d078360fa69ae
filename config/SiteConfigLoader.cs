using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticNews.Configuration;

/// <summary>
/// Reads staticnews.yml into a <see cref="SiteConfig"/>: the one reader of that file, for the generator, the site and
/// the build. Never throws: every problem (bad YAML, a setting written twice, unknown key, wrong type) is returned
/// with the line and column YamlDotNet's parser marks, and the setting keeps its default.
/// </summary>
public static class SiteConfigLoader
{
    public static (SiteConfig Config, List<ConfigProblem> Problems) Load(string yaml)
    {
        var config = new SiteConfig();
        var problems = new List<ConfigProblem>();
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
            if (stream.Documents.Count > 0 && root is null)
            {
                var node = stream.Documents[0].RootNode;
                problems.Add(new ConfigProblem("the file must be a mapping of settings (key: value)", (int)node.Start.Line, (int)node.Start.Column));
            }
        }
        catch (YamlException e)
        {
            problems.Add(new ConfigProblem("not valid YAML: " + e.Message, (int)e.Start.Line, (int)e.Start.Column));
            return (config, problems);
        }

        if (root is null)
        {
            return (config, problems);
        }

        foreach (var entry in root.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? "";
            var value = entry.Value;
            config.Positions[key] = ((int)value.Start.Line, (int)value.Start.Column);
            switch (key)
            {
                case "title": config.Title = Text(value, key, problems) ?? config.Title; break;
                case "description": config.Description = Text(value, key, problems) ?? config.Description; break;
                case "language": config.Language = Text(value, key, problems) ?? config.Language; break;
                case "time_zone": config.TimeZone = Located(value, key, problems) ?? config.TimeZone; break;
                case "base_url": config.BaseUrl = Text(value, key, problems) ?? config.BaseUrl; break;
                case "base_path": config.BasePath = Text(value, key, problems) ?? config.BasePath; break;
                case "documents": config.Documents = Located(value, key, problems) ?? config.Documents; break;
                case "permalink": config.Permalink = Located(value, key, problems) ?? config.Permalink; break;
                case "page_size": config.PageSize = PositiveNumber(value, key, problems) ?? config.PageSize; break;
                case "websub_hub": config.WebSubHub = HttpUrl(value, key, problems) ?? config.WebSubHub; break;
                case "logo": config.Logo = Link(value, key, problems) ?? config.Logo; break;
                case "masthead": config.Masthead = Link(value, key, problems) ?? config.Masthead; break;
                case "corrections_policy": config.CorrectionsPolicy = Link(value, key, problems) ?? config.CorrectionsPolicy; break;
                case "ethics_policy": config.EthicsPolicy = Link(value, key, problems) ?? config.EthicsPolicy; break;
                case "boilerplate": config.Boilerplate = TextList(value, key, problems) ?? config.Boilerplate; break;
                case "exclude": config.Exclude = TextList(value, key, problems) ?? config.Exclude; break;
                case "sections": config.Sections = TextList(value, key, problems) ?? config.Sections; break;
                case "lead": config.Lead = Located(value, key, problems) ?? config.Lead; break;
                case "front_matter": config.FrontMatter = KeyMapping(value, key, problems) ?? config.FrontMatter; break;
                case "authors": config.Authors = Authors(value, problems) ?? config.Authors; break;
                default:
                    problems.Add(new ConfigProblem($"unknown setting '{key}'", (int)entry.Key.Start.Line, (int)entry.Key.Start.Column));
                    break;
            }
        }
        return (config, problems);
    }

    private static string? Text(YamlNode node, string key, List<ConfigProblem> problems)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }
        problems.Add(new ConfigProblem($"'{key}' must be a single value", (int)node.Start.Line, (int)node.Start.Column));
        return null;
    }

    private static ConfigText? Located(YamlNode node, string key, List<ConfigProblem> problems) =>
        Text(node, key, problems) is { } text ? new ConfigText(text, (int)node.Start.Line, (int)node.Start.Column) : null;

    private static int? PositiveNumber(YamlNode node, string key, List<ConfigProblem> problems)
    {
        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }
        problems.Add(new ConfigProblem($"'{key}' must be a whole number above 0", (int)node.Start.Line, (int)node.Start.Column));
        return null;
    }

    private static string? HttpUrl(YamlNode node, string key, List<ConfigProblem> problems)
    {
        if (Text(node, key, problems) is not { } text)
        {
            return null;
        }
        if (IsHttpUrl(text))
        {
            return text;
        }
        problems.Add(new ConfigProblem($"'{key}' must be an http(s) URL", (int)node.Start.Line, (int)node.Start.Column));
        return null;
    }

    /// <summary>An http(s) URL, or a path of the site (no scheme, no "..", no query): "about/", "/policies/ethics/".</summary>
    private static string? Link(YamlNode node, string key, List<ConfigProblem> problems)
    {
        if (Text(node, key, problems) is not { } text)
        {
            return null;
        }
        var isSitePath = text.Length > 0 && text.IndexOfAny(new[] { ':', '?', '\\' }) < 0
            && !text.StartsWith("//", StringComparison.Ordinal) && Array.IndexOf(text.Split('/'), "..") < 0;
        if (IsHttpUrl(text) || isSitePath)
        {
            return text;
        }
        problems.Add(new ConfigProblem($"'{key}' must be an http(s) URL or a path of the site", (int)node.Start.Line, (int)node.Start.Column));
        return null;
    }

    private static Dictionary<string, AuthorProfile>? Authors(YamlNode node, List<ConfigProblem> problems)
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(new ConfigProblem("'authors' must map each author's name to their bio and url", (int)node.Start.Line, (int)node.Start.Column));
            return null;
        }
        var authors = new Dictionary<string, AuthorProfile>(StringComparer.Ordinal);
        foreach (var entry in mapping.Children)
        {
            var name = (entry.Key as YamlScalarNode)?.Value ?? "";
            var profile = new AuthorProfile();
            if (entry.Value is YamlMappingNode fields)
            {
                foreach (var field in fields.Children)
                {
                    var fieldName = (field.Key as YamlScalarNode)?.Value;
                    var text = Text(field.Value, "authors." + fieldName, problems);
                    switch (fieldName)
                    {
                        case "bio": profile.Bio = text ?? ""; break;
                        case "url" when text is not null && IsHttpUrl(text): profile.Url = text; break;
                        case "url": problems.Add(new ConfigProblem($"the url of '{name}' must be an http(s) URL", (int)field.Value.Start.Line, (int)field.Value.Start.Column)); break;
                        default: problems.Add(new ConfigProblem($"unknown author setting '{fieldName}' (use bio and url)", (int)field.Key.Start.Line, (int)field.Key.Start.Column)); break;
                    }
                }
            }
            else if (!(entry.Value is YamlScalarNode { Value: null or "" }))
            {
                problems.Add(new ConfigProblem($"'{name}' must have bio and url settings", (int)entry.Value.Start.Line, (int)entry.Value.Start.Column));
            }
            authors[name] = profile;
        }
        return authors;
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https");

    private static Dictionary<ConfigText, List<ConfigText>>? KeyMapping(YamlNode node, string key, List<ConfigProblem> problems)
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(new ConfigProblem($"'{key}' must map StaticNews's keys to lists of document keys (standfirst: [teaser, dek])", (int)node.Start.Line, (int)node.Start.Column));
            return null;
        }
        var result = new Dictionary<ConfigText, List<ConfigText>>();
        foreach (var entry in mapping.Children)
        {
            var name = new ConfigText((entry.Key as YamlScalarNode)?.Value ?? "", (int)entry.Key.Start.Line, (int)entry.Key.Start.Column);
            var keys = entry.Value is YamlScalarNode single
                ? new List<ConfigText> { new(single.Value ?? "", (int)single.Start.Line, (int)single.Start.Column) }
                : TextList(entry.Value, key + "." + name.Value, problems);
            if (keys is not null)
            {
                result[name] = keys;
            }
        }
        return result;
    }

    private static List<ConfigText>? TextList(YamlNode node, string key, List<ConfigProblem> problems)
    {
        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(new ConfigProblem($"'{key}' must be a list", (int)node.Start.Line, (int)node.Start.Column));
            return null;
        }
        var items = new List<ConfigText>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar)
            {
                items.Add(new ConfigText(scalar.Value ?? "", (int)item.Start.Line, (int)item.Start.Column));
            }
            else
            {
                problems.Add(new ConfigProblem($"each item of '{key}' must be a single value", (int)item.Start.Line, (int)item.Start.Column));
            }
        }
        return items;
    }
}
