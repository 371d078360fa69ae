using System;
using System.Collections.Generic;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary><c>type:</c>: news, opinion, analysis or review, in any case; any other value is reported (SN0048) and the article is news.</summary>
public static class ArticleTypes
{
    public const string Known = "news, opinion, analysis, review";

    public static ArticleType Read(FrontMatterEntry entry, List<FrontMatterProblem> problems)
    {
        var text = FrontMatterInterpreter.Text(entry, problems);
        if (text is null)
        {
            return ArticleType.News;
        }
        switch (text.Trim().ToLowerInvariant())
        {
            case "news": return ArticleType.News;
            case "opinion": return ArticleType.Opinion;
            case "analysis": return ArticleType.Analysis;
            case "review": return ArticleType.Review;
            default:
                problems.Add(new FrontMatterProblem(DiagnosticDescriptors.UnknownArticleType, entry.Value.Location, new[] { text }));
                return ArticleType.News;
        }
    }
}
