using System.Globalization;
using Scriban.Runtime;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticNews.Site.Rendering;

/// <summary>
/// The words of a page's interface (navigation, pagination, "Updated", reading time, dates) in the page's language,
/// as templates read them: <c>t.updated</c>, <c>t.min_read 4</c> (a text with <c>{0}</c> takes arguments),
/// <c>t.date article.Published</c>. They come from <c>strings/&lt;language&gt;.yml</c> in the templates folders (the
/// built-in file, then the user's read over it), "hy-am" over "hy"; a key a language does not give is English's.
/// </summary>
public sealed class UiStrings : ScriptObject
{
    public const string Fallback = "en";

    private UiStrings(IReadOnlyDictionary<string, object> entries)
    {
        foreach (var (key, value) in entries)
        {
            SetValue(key, value, readOnly: true);
        }
        IsReadOnly = true;
    }

    /// <summary>The strings for a language tag ("hy", "hy-AM", "ru_RU"); English underneath every language.</summary>
    public static UiStrings Load(TemplateCatalog templates, string language)
    {
        var tag = language.Trim().Replace('_', '-').ToLowerInvariant();
        var primary = tag.Split('-')[0];
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var months = Array.Empty<string>();
        foreach (var name in new[] { Fallback, primary, tag }.Where(n => n.Length > 0).Distinct())
        {
            foreach (var path in templates.FindEach($"strings/{name}.yml"))
            {
                Read(path, texts, ref months);
            }
        }
        var entries = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, text) in texts)
        {
            entries[key] = key == "date" ? new DateFunction(text, months)
                : text.Contains("{0}", StringComparison.Ordinal) ? new FormatFunction(key, text)
                : text;
        }
        return new UiStrings(entries);
    }

    private static void Read(string path, Dictionary<string, string> texts, ref string[] months)
    {
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException e)
        {
            throw Problem(path, e.Start, "not valid YAML: " + e.Message);
        }
        if (root is null)
        {
            throw new TemplateException($"{path}: error SNT0004: a strings file must map each key to its text (updated: Updated)");
        }
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (value)
            {
                case YamlSequenceNode list when key == "months":
                    var names = list.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").ToArray();
                    if (names.Length != 12 || list.Children.Count != 12)
                    {
                        throw Problem(path, value.Start, $"'months' must list the 12 months' names; it lists {list.Children.Count}");
                    }
                    months = names;
                    break;
                case YamlScalarNode text when key != "months":
                    texts[key] = text.Value ?? "";
                    break;
                default:
                    throw Problem(path, value.Start, key == "months" ? "'months' must be a list of the 12 months' names" : $"'{key}' must be a single text");
            }
        }
    }

    private static TemplateException Problem(string path, Mark at, string message) =>
        new($"{path}({at.Line},{at.Column}): error SNT0004: {message}");

    /// <summary>A text with <c>{0}</c>, <c>{1}</c>... filled with the template's arguments: <c>t.page_of 2 5</c>.</summary>
    private sealed class FormatFunction(string key, string pattern)
        : TemplateFunction(0, 0, ScriptVarParamKind.Direct, typeof(string), new ScriptParameterInfo(typeof(object), "value"))
    {
        public override object Invoke(Scriban.TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement)
        {
            var text = pattern;
            for (var i = 0; i < arguments.Count; i++)
            {
                text = text.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", context.ObjectToString(arguments[i]), StringComparison.Ordinal);
            }
            return text;
        }

        public override string ToString() => key;
    }

    /// <summary><c>t.date d</c>: the date in its own offset (the newsroom's local day), as the language writes it: "{day} {month} {year}".</summary>
    private sealed class DateFunction(string pattern, string[] months)
        : TemplateFunction(1, 1, ScriptVarParamKind.None, typeof(string), new ScriptParameterInfo(typeof(DateTimeOffset), "date"))
    {
        public override object Invoke(Scriban.TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement)
        {
            var date = arguments.Count == 1 ? arguments[0] switch
            {
                DateTimeOffset value => value,
                DateTime value => new DateTimeOffset(value),
                _ => (DateTimeOffset?)null,
            } : null;
            if (date is not { } day || months.Length != 12)
            {
                return "";
            }
            return pattern
                .Replace("{day}", day.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{month}", months[day.Month - 1], StringComparison.Ordinal)
                .Replace("{year}", day.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }
}
