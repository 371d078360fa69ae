using AngleSharp.Dom;

namespace StaticNews.Site.Images;

/// <summary>
/// The images of one article's body that were resized, by the URL the body writes (<see cref="BodyImageReference.KeyOf"/>),
/// and how the body shows them: each such img becomes, in place, a <c>picture</c> as the lead picture's (a WebP source
/// and the fallback format, srcsets of the copies, sizes for the article's column, width and height so the page does
/// not shift), lazily loaded and decoded, keeping the alt text and the other attributes the body gave it.
/// </summary>
public sealed class BodyPictures(IReadOnlyDictionary<string, PictureView> byUrl)
{
    /// <summary>Each resized image's view, by the URL the body writes (its key).</summary>
    public IReadOnlyDictionary<string, PictureView> ByUrl => byUrl;

    /// <summary>The picture shown for an img whose src is <paramref name="src"/> in the sanitized body; null when the body's image was not resized.</summary>
    public PictureView? Find(string src, string basePath)
    {
        if (byUrl.TryGetValue(BodyImageReference.KeyOf(src), out var picture))
        {
            return picture;
        }
        // The sanitizer puts the site's base path before a path from the content root ("/images/a.jpg").
        return basePath.Length > 1 && src.StartsWith(basePath, StringComparison.Ordinal)
            && byUrl.TryGetValue(BodyImageReference.KeyOf("/" + src[basePath.Length..]), out picture) ? picture : null;
    }

    /// <summary>Turns every img of the sanitized <paramref name="body"/> whose picture was resized into that picture.</summary>
    public void Show(IElement body, string basePath)
    {
        foreach (var img in body.QuerySelectorAll("img").ToList())
        {
            // An img already in a picture element is the body's own choice of sources.
            if (img.ParentElement?.LocalName == "picture" || img.GetAttribute("src") is not { } src || Find(src, basePath) is not { } picture)
            {
                continue;
            }
            var document = img.Owner!;
            var element = document.CreateElement("picture");
            var source = document.CreateElement("source");
            source.SetAttribute("type", "image/webp");
            source.SetAttribute("srcset", picture.WebpSrcset!);
            source.SetAttribute("sizes", picture.Sizes);
            img.Parent!.ReplaceChild(element, img);
            element.AppendChild(source);
            element.AppendChild(img);
            img.SetAttribute("src", picture.Src);
            img.SetAttribute("srcset", picture.Srcset!);
            img.SetAttribute("sizes", picture.Sizes);
            img.SetAttribute("width", picture.Width!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            img.SetAttribute("height", picture.Height!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            img.SetAttribute("alt", img.GetAttribute("alt") ?? "");
            img.SetAttribute("loading", "lazy");
            img.SetAttribute("decoding", "async");
        }
    }
}
