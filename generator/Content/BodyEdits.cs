using System;
using System.Linq;
using System.Threading;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Content;

/// <summary>
/// Whether an edit of a document changed only its body, as the compile sees it: the same article but for the body's
/// text, where its lines stand in the file and its word count, and the same problems (their places in the body may have
/// moved). Such an edit compiles to the same classes but for the body, which the site can take from the document itself
/// (<c>Article.WithBody</c>), so the build's documents scan lets the compile be skipped for it.
/// </summary>
public static class BodyEdits
{
    public static bool OnlyBodyChanged(ParseResult before, ParseResult after) =>
        before.Article is { } was && after.Article is { } now
        && before.Redirect is null && after.Redirect is null && before.Page is null && after.Page is null
        && WithoutBody(was) == WithoutBody(now)
        && before.Diagnostics.Count == after.Diagnostics.Count
        && before.Diagnostics.Zip(after.Diagnostics, (a, b) => a.Descriptor.Id == b.Descriptor.Id && a.Arguments == b.Arguments).All(same => same);

    /// <summary>
    /// For the build's documents scan, which loads this assembly from the compiler's analyzer path and calls this by
    /// reflection, so only framework types cross: for each document, its bytes as the last compile read them and now,
    /// parsed with the options the generator has (<paramref name="contentRoot"/>, staticnews.yml's text, the documents
    /// folder) and the resource the document is embedded as.
    /// </summary>
    public static bool[] OnlyBodiesChanged(string contentRoot, string configPath, string configText, string documentsFolder,
        string[] paths, string[] resourceNames, byte[][] before, byte[][] after)
    {
        var config = configText.Length == 0 ? ConfigResult.Missing : ContentCompiler.ReadConfig(configPath, configText);
        var options = ContentCompiler.Options(contentRoot, config, documentsFolder: documentsFolder.Length == 0 ? null : documentsFolder);
        ParseResult Parse(int i, byte[] bytes) =>
            ContentCompiler.Parse(paths[i], DocumentText.Decode(bytes), options, CancellationToken.None, resourceNames[i].Length == 0 ? null : resourceNames[i]);
        return paths.Select((_, i) => OnlyBodyChanged(Parse(i, before[i]), Parse(i, after[i]))).ToArray();
    }

    private static ArticleDocument WithoutBody(ArticleDocument article) =>
        article with { Body = "", WordCount = 0, BodyRanges = default };
}
