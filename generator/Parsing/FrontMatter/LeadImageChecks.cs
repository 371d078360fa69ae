using System;
using System.Collections.Generic;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>
/// What the front matter alone can tell of the lead image: whether it has alt text, whether it is remote (a picture
/// the build cannot size), and whether its description keys describe an image at all. Whether the file exists and is a
/// picture only the site can tell: it sees the files.
/// </summary>
internal static class LeadImageChecks
{
    public static void Check(ArticleMetadata metadata, List<FrontMatterEntry> imageKeys, List<FrontMatterProblem> problems)
    {
        if (metadata.Image is not { } image)
        {
            foreach (var key in imageKeys)
            {
                problems.Add(new FrontMatterProblem(DiagnosticDescriptors.ImageDescriptionWithoutImage, key.KeyLocation, new[] { key.Key }));
            }
            return;
        }
        var location = metadata.ImageLocation!;
        if (metadata.ImageAlt is null)
        {
            problems.Add(new FrontMatterProblem(DiagnosticDescriptors.ImageWithoutAlt, location, new[] { image }));
        }
        if (IsRemote(image))
        {
            problems.Add(new FrontMatterProblem(DiagnosticDescriptors.RemoteImage, location, new[] { image }));
        }
    }

    public static bool IsRemote(string image) =>
        Uri.TryCreate(image, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
