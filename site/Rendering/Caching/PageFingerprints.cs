using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using StaticNews.Content;
using StaticNews.Site.Images;
using StaticNews.Site.Pages;
using StaticNews.Site.Views;

namespace StaticNews.Site.Rendering.Caching;

/// <summary>
/// The fingerprint of a page: a digest of everything its rendering reads, made without rendering it. That is the
/// renderer's code (<see cref="RendererVersion"/>), every template that could be included, and what the template sees:
/// <c>site</c>, <c>page</c> (the job's <see cref="PageJob.Describe"/>, JSON-LD and all) and the job's variables, walked
/// value by value; an article's page, whose <c>page</c> is made from its article's view and the site alone, holds that
/// view's digest instead. An article's body is reached through its source (the Markdown, or the paragraphs), which the
/// body HTML is made from. A value of a kind not known here makes the page's fingerprint null: such a page is always
/// rendered. One instance serves one build: it keeps each article's digest, for the many lists that show it.
/// </summary>
/// <param name="bodies">Each article's body digest; a preview keeps one from update to update (null: this build's own).</param>
/// <param name="kept">What a preview kept of the previous update's fingerprints (null: nothing); call its <c>Begin</c> with <see cref="Context"/> first.</param>
public sealed class PageFingerprints(SiteView site, byte[] templates, byte[] renderer, ArticleBodyDigests? bodies = null, KeptFingerprints? kept = null)
{
    /// <summary>Every member a template can read of each kind of value, as the walk below covers it (a test holds the two together).</summary>
    public static readonly IReadOnlyDictionary<Type, string[]> Covered = new Dictionary<Type, string[]>
    {
        [typeof(SiteView)] = ["Title", "Description", "Language", "BaseUrl", "BasePath", "SearchEnabled", "SearchUrl", "Stylesheet", "FeedUrl", "JsonFeedUrl", "WebSubHub", "Sections", "Publisher", "Pages"],
        [typeof(PageInfo)] = ["Title", "Description", "Url", "AbsoluteUrl", "Kind", "JsonLd", "PublishedIso", "UpdatedIso", "ImageUrl", "Language", "Direction", "ImageWidth", "ImageHeight", "ImageAlt", "Alternates"],
        [typeof(ArticleView)] =
        [
            "Slug", "Title", "Standfirst", "EditorsNote", "Url", "AbsoluteUrl", "Published", "PublishedIso", "PublishedDisplay",
            "Updated", "UpdatedIso", "UpdatedDisplay", "Authors", "Tags", "Section", "ImageUrl", "Language", "Direction", "WordCount",
            "ReadingMinutes", "Excerpt", "SourcePath", "Fields", "Paragraphs", "BodyHtml", "Newer", "Older", "Related", "Link", "Path",
            "Picture", "Type", "Corrections", "Editions", "Translations",
        ],
        [typeof(PictureView)] =
        [
            "Src", "Width", "Height", "Alt", "Caption", "Credit", "WebpSrcset", "Srcset", "FallbackType", "Sizes", "SmallSrc", "SmallWidth",
            "SmallHeight", "AbsoluteUrl", "Copies", "IsSized", "HasCaption",
        ],
        [typeof(ImageCopyLink)] = ["Url", "Width", "Height"],
        [typeof(PageView)] = ["Title", "Description", "Url", "AbsoluteUrl", "SourcePath", "Language", "BodyHtml", "Path", "Link"],
        [typeof(ArticleLink)] = ["Title", "Url"],
        [typeof(TermLink)] = ["Name", "Url", "AbsoluteUrl", "Count"],
        [typeof(Pagination)] = ["Number", "Count", "PreviousUrl", "NextUrl"],
        [typeof(AuthorView)] = ["Name", "Bio", "Url"],
        [typeof(FeedView)] = ["Title", "HomeUrl", "SelfUrl", "Updated", "Entries"],
        [typeof(SitemapUrl)] = ["Location", "LastModified", "Alternates"],
        [typeof(CorrectionView)] = ["Date", "DateIso", "Text"],
        [typeof(EditionLink)] = ["Language", "Name", "Url", "AbsoluteUrl", "IsCurrent"],
        [typeof(NewsSitemapEntry)] = ["Location", "Title", "PublicationDate", "Language"],
        [typeof(SitePath)] = ["Value", "OutputFile"],
        [typeof(PublisherLinks)] = ["Logo", "Masthead", "CorrectionsPolicy", "EthicsPolicy"],
        [typeof(RawHtml)] = ["Value"],
    };

    /// <summary>Each thread's buffers, reused from page to page (a page's grows to hold the largest lists); an article's digest is made while a page's is.</summary>
    [ThreadStatic]
    private static FingerprintWriter? PageWriter;

    [ThreadStatic]
    private static FingerprintWriter? ArticleWriter;

    /// <summary>Where the page being fingerprinted on this thread notes the articles it reads, if anywhere.</summary>
    [ThreadStatic]
    private static ICollection<string>? Reads;

    /// <summary>Each view's digest, made once however many pages list it at the same time.</summary>
    private readonly ConcurrentDictionary<ArticleView, Lazy<byte[]>> _articles = new(ReferenceEqualityComparer.Instance);

    private readonly byte[] _site = DigestOf(site);

    private readonly ArticleBodyDigests _bodies = bodies ?? new ArticleBodyDigests();

    /// <summary>What every page's fingerprint starts with: the renderer, the templates and the site.</summary>
    public byte[] Context { get; } = ContextOf(renderer, templates, site);

    private static byte[] ContextOf(byte[] renderer, byte[] templates, SiteView site)
    {
        var writer = new FingerprintWriter();
        writer.Add(renderer);
        writer.Add(templates);
        writer.Add(DigestOf(site));
        return writer.Digest();
    }

    /// <summary>The page's fingerprint; null when it reads a value this cannot fingerprint (it is then always rendered).</summary>
    /// <remarks>An article's page reads its article's view alone (its JSON-LD and all are made from it and the site).</remarks>
    /// <param name="reads">Where the slug of every article whose view the page reads is added (a preview's index of the pages showing each article).</param>
    public byte[]? Of(PageJob job, ICollection<string>? reads = null)
    {
        if (kept is not null && job is ArticlePageJob page)
        {
            reads?.Add(page.Article.Slug);
            return kept.ArticlePage(job.OutputPath, DigestOf(page.Article), () => Make(job));
        }
        Reads = reads;
        try
        {
            return Make(job);
        }
        finally
        {
            Reads = null;
        }
    }

    private byte[]? Make(PageJob job)
    {
        var writer = PageWriter ??= new FingerprintWriter();
        writer.Clear();
        try
        {
            writer.Add(renderer);
            writer.Add(templates);
            writer.Add(_site);
            writer.Add(job.GetType().FullName);
            writer.Add(job.Template);
            writer.Add(job.UseLayout);
            writer.Add(job.OutputPath);
            if (job is ArticlePageJob page)
            {
                // What an article's page reads (its description, JSON-LD and all) is made from its view and the site alone,
                // by code the renderer's version covers: the view's digest stands for it, and the page is not described.
                AddValue(writer, page.Article);
                return writer.Digest();
            }
            AddValue(writer, job.Describe(site));
            foreach (var (name, value) in job.Variables())
            {
                writer.Add(name);
                AddValue(writer, value);
            }
        }
        catch (NotFingerprintableException)
        {
            return null;
        }
        return writer.Digest();
    }

    /// <summary>Everything of the site a template can read, as one digest: two sites of equal digests render alike.</summary>
    public static byte[] DigestOf(SiteView site)
    {
        var writer = new FingerprintWriter();
        writer.Begin('S', 13);
        writer.Add(site.Title);
        writer.Add(site.Description);
        writer.Add(site.Language);
        writer.Add(site.BaseUrl);
        writer.Add(site.BasePath);
        writer.Add(site.SearchEnabled);
        writer.Add(site.SearchUrl);
        writer.Add(site.Stylesheet);
        writer.Add(site.FeedUrl);
        writer.Add(site.JsonFeedUrl);
        writer.Add(site.WebSubHub);
        writer.Add(site.Publisher.Logo);
        writer.Add(site.Publisher.Masthead);
        writer.Add(site.Publisher.CorrectionsPolicy);
        writer.Add(site.Publisher.EthicsPolicy);
        writer.Begin('[', 0);
        foreach (var section in site.Sections)
        {
            AddTermLink(writer, section);
        }
        writer.Begin('[', 0);
        foreach (var page in site.Pages)
        {
            writer.Begin('k', 2);
            writer.Add(page.Title);
            writer.Add(page.Url);
        }
        return writer.Digest();
    }

    private byte[] DigestOf(ArticleView article) =>
        kept is not null ? kept.ArticleDigest(article, Make) : _articles.GetOrAdd(article, view => new Lazy<byte[]>(() => Make(view))).Value;

    private byte[] Make(ArticleView a)
    {
        var writer = ArticleWriter ??= new FingerprintWriter();
        writer.Clear();
        writer.Begin('A', 33);
        writer.Add(a.Slug);
        writer.Add(a.Title);
        writer.Add(a.Standfirst);
        writer.Add(a.EditorsNote);
        writer.Add(a.Url);
        writer.Add(a.AbsoluteUrl);
        writer.Add(a.Published);
        writer.Add(a.PublishedIso);
        writer.Add(a.PublishedDisplay);
        writer.Add(a.Updated);
        writer.Add(a.UpdatedIso);
        writer.Add(a.UpdatedDisplay);
        AddValue(writer, a.Authors);
        AddValue(writer, a.Tags);
        writer.Add(a.Section);
        writer.Add(a.ImageUrl);
        writer.Add(a.Language);
        writer.Add(a.Direction);
        writer.Add(a.WordCount);
        writer.Add(a.ReadingMinutes);
        // The excerpt is not read (that would make every article's, for every list): it is cut from the body and the
        // standfirst, both below and above, by code the renderer's version covers.
        writer.Add(a.SourcePath);
        AddValue(writer, a.Fields);
        AddBody(writer, a.Document, a.BodyPictures);
        AddValue(writer, a.Newer);
        AddValue(writer, a.Older);
        AddValue(writer, a.Related);
        AddValue(writer, a.Link);
        writer.Add(a.Path.Value);
        AddValue(writer, a.Picture);
        writer.Add(a.Type);
        AddValue(writer, a.Corrections);
        AddValue(writer, a.Editions);
        return writer.Digest();
    }

    /// <summary>What <see cref="ArticleView.Paragraphs"/> and <see cref="ArticleView.BodyHtml"/> are made from (with the site's base path): the source and the copies of its images (named by their content's hash).</summary>
    /// <remarks>A Markdown body's paragraphs are cut from its text by the runtime library (part of <see cref="RendererVersion"/>).</remarks>
    private void AddBody(FingerprintWriter writer, Article article, BodyPictures? pictures)
    {
        writer.Add(_bodies.Of(article));
        var byUrl = pictures?.ByUrl ?? new Dictionary<string, PictureView>();
        writer.Begin('b', byUrl.Count);
        foreach (var (url, picture) in byUrl.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Add(url);
            AddValue(writer, picture);
        }
    }

    private static void AddTermLink(FingerprintWriter writer, TermLink term)
    {
        writer.Begin('t', 4);
        writer.Add(term.Name);
        writer.Add(term.Url);
        writer.Add(term.AbsoluteUrl);
        writer.Add(term.Count);
    }

    private void AddValue(FingerprintWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.Add((string?)null);
                break;
            case string text:
                writer.Add(text);
                break;
            case ArticleView article:
                Reads?.Add(article.Slug);
                writer.Begin('a', 1);
                writer.Add(DigestOf(article));
                break;
            case SiteView:
                writer.Begin('S', 1);
                writer.Add(_site);
                break;
            case RawHtml html:
                writer.Begin('r', 1);
                writer.Add(html.Value);
                break;
            case ArticleLink link:
                writer.Begin('k', 2);
                writer.Add(link.Title);
                writer.Add(link.Url);
                break;
            case TermLink term:
                AddTermLink(writer, term);
                break;
            case Pagination pagination:
                writer.Begin('p', 4);
                writer.Add(pagination.Number);
                writer.Add(pagination.Count);
                writer.Add(pagination.PreviousUrl);
                writer.Add(pagination.NextUrl);
                break;
            case AuthorView author:
                writer.Begin('u', 3);
                writer.Add(author.Name);
                writer.Add(author.Bio);
                writer.Add(author.Url);
                break;
            case FeedView feed:
                writer.Begin('f', 5);
                writer.Add(feed.Title);
                writer.Add(feed.HomeUrl);
                writer.Add(feed.SelfUrl);
                writer.Add(feed.Updated);
                AddValue(writer, feed.Entries);
                break;
            case NewsSitemapEntry entry:
                writer.Begin('n', 4);
                writer.Add(entry.Location);
                writer.Add(entry.Title);
                writer.Add(entry.PublicationDate);
                writer.Add(entry.Language);
                break;
            case SitemapUrl url:
                writer.Begin('m', 3);
                writer.Add(url.Location);
                writer.Add(url.LastModified);
                AddValue(writer, url.Alternates);
                break;
            case CorrectionView correction:
                writer.Begin('C', 3);
                writer.Add(correction.Date);
                writer.Add(correction.DateIso);
                writer.Add(correction.Text);
                break;
            case EditionLink edition:
                writer.Begin('e', 5);
                writer.Add(edition.Language);
                writer.Add(edition.Name);
                writer.Add(edition.Url);
                writer.Add(edition.AbsoluteUrl);
                writer.Add(edition.IsCurrent);
                break;
            case SitePath path:
                writer.Begin('P', 2);
                writer.Add(path.Value);
                writer.Add(path.OutputFile);
                break;
            case PageInfo page:
                writer.Begin('I', 15);
                writer.Add(page.Title);
                writer.Add(page.Description);
                writer.Add(page.Url);
                writer.Add(page.AbsoluteUrl);
                writer.Add(page.Kind);
                AddValue(writer, page.JsonLd);
                writer.Add(page.PublishedIso);
                writer.Add(page.UpdatedIso);
                writer.Add(page.ImageUrl);
                writer.Add(page.Language);
                writer.Add(page.Direction);
                AddValue(writer, page.ImageWidth);
                AddValue(writer, page.ImageHeight);
                writer.Add(page.ImageAlt);
                AddValue(writer, page.Alternates);
                break;
            case PictureView picture:
                writer.Begin('i', 15);
                writer.Add(picture.Src);
                AddValue(writer, picture.Width);
                AddValue(writer, picture.Height);
                writer.Add(picture.Alt);
                writer.Add(picture.Caption);
                writer.Add(picture.Credit);
                writer.Add(picture.WebpSrcset);
                writer.Add(picture.Srcset);
                writer.Add(picture.FallbackType);
                writer.Add(picture.Sizes);
                writer.Add(picture.SmallSrc);
                AddValue(writer, picture.SmallWidth);
                AddValue(writer, picture.SmallHeight);
                writer.Add(picture.AbsoluteUrl);
                AddValue(writer, picture.Copies);
                break;
            case PageView page:
                writer.Begin('g', 8);
                writer.Add(page.Title);
                writer.Add(page.Description);
                writer.Add(page.Url);
                writer.Add(page.AbsoluteUrl);
                writer.Add(page.SourcePath);
                writer.Add(page.Language);
                writer.Add(page.BodyHtml.Value);
                writer.Add(page.Path.Value);
                break;
            case ImageCopyLink copy:
                writer.Begin('w', 3);
                writer.Add(copy.Url);
                writer.Add(copy.Width);
                writer.Add(copy.Height);
                break;
            case bool flag:
                writer.Add(flag);
                break;
            case int number:
                writer.Add(number);
                break;
            case long number:
                writer.Add(number);
                break;
            case DateTimeOffset date:
                writer.Add(date);
                break;
            case DateTime date:
                writer.Begin('D', 2);
                writer.Add(date.Ticks);
                writer.Add((int)date.Kind);
                break;
            case KeyValuePair<string, object> pair:
                writer.Begin('=', 2);
                writer.Add(pair.Key);
                AddValue(writer, pair.Value);
                break;
            case IConvertible primitive when value.GetType().IsPrimitive || value is decimal:
                writer.Begin('c', 2);
                writer.Add(value.GetType().FullName);
                writer.Add(primitive.ToString(CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                writer.Begin('[', 0);
                foreach (var item in items)
                {
                    writer.Begin(',', 0);
                    AddValue(writer, item);
                }
                writer.Begin(']', 0);
                break;
            default:
                throw new NotFingerprintableException();
        }
    }

    private sealed class NotFingerprintableException : Exception;
}
