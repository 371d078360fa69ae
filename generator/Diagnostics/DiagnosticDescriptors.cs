using Microsoft.CodeAnalysis;

namespace StaticNews.Generator.Diagnostics;

/// <summary>
/// Every diagnostic StaticNews reports, in one list. Content problems are warnings so the rest of the
/// site still builds; a project escalates one with WarningsAsErrors. An analyzer config's severity does not: the
/// build's WarningsNotAsErrors overrides a global one's, and a plain .editorconfig section does not reach diagnostics
/// located in AdditionalFiles (dotnet/roslyn#31916).
/// docs/diagnostics.md explains each id with an example and the fix.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "StaticNews";
    private const string HelpBase = "https://github.com/staticnews/staticnews/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor EmptyDocument = Warning(
        "SN0001",
        "Document is empty",
        "'{0}' is empty or holds only white space, so it is left out of the site; write a title on the first line and a standfirst on the second");

    public static readonly DiagnosticDescriptor MissingStandfirst = Warning(
        "SN0002",
        "Document has no standfirst",
        "'{0}' has a title but no standfirst; {1}");

    /// <summary>SN0002's advice for a plain-text document.</summary>
    public const string StandfirstAdvicePlainText = "add the standfirst (the one-sentence summary) as the second non-empty line";

    /// <summary>SN0002's advice for a Markdown document: its standfirst comes only from front matter.</summary>
    public const string StandfirstAdviceMarkdown = "add the one-sentence summary to its front matter as 'standfirst:' (or 'summary:', 'description:')";

    public static readonly DiagnosticDescriptor NotUtf8 = Warning(
        "SN0003",
        "Document is not valid UTF-8",
        "'{0}' is not valid UTF-8 and was read as {1}; check the characters on this line and save the file as UTF-8");

    public static readonly DiagnosticDescriptor DuplicateSlug = Warning(
        "SN0004",
        "Duplicate slug",
        "The slug '{0}' is already used by '{1}', so this article is published as '{2}'; give one of them a distinct title or slug");

    public static readonly DiagnosticDescriptor DuplicateClassName = Warning(
        "SN0005",
        "Duplicate article class name",
        "The class name '{0}' is already used by '{1}', so this article's class is '{2}'; give one of them a distinct title");

    public static readonly DiagnosticDescriptor BoilerplateRemoved = new(
        "SN0006",
        "Boilerplate removed",
        "Removed boilerplate from '{0}': {1}",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sn0006");

    public static readonly DiagnosticDescriptor BinaryDocument = Warning(
        "SN0007",
        "Document is not text",
        "'{0}' contains NUL characters, so it is binary data rather than an article and is left out of the site");

    public static readonly DiagnosticDescriptor InvalidConfiguration = Warning(
        "SN0008",
        "Invalid site configuration",
        "staticnews.yml: {0}");

    public static readonly DiagnosticDescriptor InternalError = Warning(
        "SN0009",
        "Document could not be processed",
        "StaticNews could not process '{0}' ({1}: {2}); the document is left out of the site, please report this");

    public static readonly DiagnosticDescriptor InvalidFrontMatter = Warning(
        "SN0010",
        "Invalid front matter",
        "Front matter: {0}");

    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Warning(
        "SN0011",
        "Front matter is not closed",
        "The front matter that starts here is never closed by a '{0}' line, so the document is read without it; add the closing '{0}'");

    public static readonly DiagnosticDescriptor DuplicateFrontMatterKey = Warning(
        "SN0012",
        "Front-matter key written twice",
        "'{0}' is given more than once (or together with its alias); only the first value is used");

    public static readonly DiagnosticDescriptor FrontMatterWrongType = Warning(
        "SN0013",
        "Front-matter value of the wrong type",
        "'{0}' must be {1}; the value is ignored");

    public static readonly DiagnosticDescriptor FrontMatterAliasOrTag = Warning(
        "SN0014",
        "Front matter uses a YAML anchor, alias or tag",
        "Front matter may not use {0}: anchors, aliases and tags are refused so that no document can make the build expand or run anything");

    public static readonly DiagnosticDescriptor InvalidDate = Warning(
        "SN0015",
        "Invalid date",
        "'{0}': {1}");

    public static readonly DiagnosticDescriptor SlugNormalized = Warning(
        "SN0016",
        "Slug is not URL-safe",
        "The slug '{0}' is not a safe URL name (lower-case letters, digits and '-'), so the article is published as '{1}'");

    public static readonly DiagnosticDescriptor UnknownRelated = Warning(
        "SN0017",
        "Related article not found",
        "No article has the slug '{0}'; write the slug of an existing article under related:");

    public static readonly DiagnosticDescriptor CustomFieldTypeConflict = Warning(
        "SN0018",
        "Custom front-matter key has different types",
        "'{0}' is {1} here but {2} in '{3}'; give a key the same type in every article");

    public static readonly DiagnosticDescriptor ArticleNotPublished = new(
        "SN0019",
        "Article left out of the site",
        "'{0}' is left out of Articles.All because {1}; build with -p:StaticNewsDrafts=true to include drafts and future articles",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sn0019");

    public static readonly DiagnosticDescriptor ScalarWhereListExpected = Warning(
        "SN0020",
        "A list was expected",
        "'{0}' should be a list such as [a, b]; '{1}' was read as a list of one");

    public static readonly DiagnosticDescriptor UnsafeImage = Warning(
        "SN0021",
        "Image is not an http(s) URL or a site path",
        "The image '{0}' is not an http(s) URL or a path within the site, so it is ignored");

    public static readonly DiagnosticDescriptor InvalidLanguage = Warning(
        "SN0022",
        "Invalid language tag",
        "'{0}' is not a language tag such as en, hy or pt-BR, so the site's language is used");

    public static readonly DiagnosticDescriptor MissingTitle = Warning(
        "SN0023",
        "Document has no title",
        "'{0}' has no title (no 'title:' in its front matter and no heading), so it is titled '{1}'; add a title");

    public static readonly DiagnosticDescriptor CustomFieldRenamed = new(
        "SN0024",
        "Custom front-matter key renamed",
        "The key '{0}' cannot be a property of that name, so it is the property '{1}'",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sn0024");

    public static readonly DiagnosticDescriptor NonCharacterRemoved = Warning(
        "SN0025",
        "Character XML cannot carry removed",
        "'{0}' holds U+{1}, which is not a character of any text and which XML forbids (often left by a broken conversion), so it was removed; check the text around it");

    public static readonly DiagnosticDescriptor InvalidTomlFrontMatter = Warning(
        "SN0034",
        "Invalid TOML front matter",
        "TOML front matter: {0}; the document is read without its front matter");

    public static readonly DiagnosticDescriptor UnsafeUrlPath = Warning(
        "SN0035",
        "URL is not a path within the site",
        "{0}: '{1}' is not a path within the site (letters, digits, '-', '_', '.' and '~' between '/'; no '..', query or other site's address), so the article keeps the URL of its slug");

    public static readonly DiagnosticDescriptor UnsafeAlias = Warning(
        "SN0036",
        "Old URL is not a path within the site",
        "The old URL '{0}' under {1}: is not a path within the site (letters, digits, '-', '_', '.' and '~' between '/'; no '..', query or other site's address), so no redirect page is made for it");

    public static readonly DiagnosticDescriptor UrlTaken = Warning(
        "SN0037",
        "URL is already taken",
        "The URL '{0}' is already {1}'s, so {2}");

    public static readonly DiagnosticDescriptor UnknownLead = Warning(
        "SN0039",
        "Front-page lead not found",
        "No article has the slug '{0}'; lead: names the slug of the article the front page leads with, and until it does the newest article leads");

    public static readonly DiagnosticDescriptor LeadNotPublished = Warning(
        "SN0040",
        "Front-page lead is not published",
        "The article '{0}' that lead: names is not published ({1}), so the newest article leads the front page");

    public static readonly DiagnosticDescriptor RedirectNotMade = Warning(
        "SN0038",
        "Redirect is not made",
        "The redirect to '{0}' is not made: {1}");

    public const string RedirectTargetInvalid = "it is neither an http(s) URL nor a path from the site's root ('/...')";

    public const string RedirectToNoArticle = "no article of this site is published at that path, so the document's URL leads nowhere; write the URL of the article it moved to";

    public const string RedirectWithBody = "the document has a body, which is published as an article";

    public static readonly DiagnosticDescriptor TemplateTagNotExecuted = Warning(
        "SN0042",
        "Shortcode or template tag is not executed",
        "This {0} ('{1}') is not executed: StaticNews runs no other generator's shortcodes, tags or templates, so it is shown {2}; replace it with Markdown or HTML");

    public static readonly DiagnosticDescriptor ImageWithoutAlt = Warning(
        "SN0043",
        "Lead image has no alt text",
        "The image '{0}' has no alt text, so a screen reader cannot say what it shows; add image_alt: with a short description of the picture");

    public static readonly DiagnosticDescriptor RemoteImage = Warning(
        "SN0044",
        "Remote image cannot be sized",
        "The image '{0}' is on another site: it is not fetched at build time, so the page shows it as given, without width, height or smaller copies; put the file beside the document to have it sized");

    public static readonly DiagnosticDescriptor ImageDescriptionWithoutImage = Warning(
        "SN0045",
        "Image description without an image",
        "'{0}' describes the lead image, but the document has no image:; add image: with the picture's path, or remove the key");

    public static readonly DiagnosticDescriptor UnknownArticleType = Warning(
        "SN0048",
        "Unknown article type",
        "type: '{0}' is not an article type StaticNews knows (news, opinion, analysis, review), so the article is published as news");

    public static readonly DiagnosticDescriptor InvalidCorrection = Warning(
        "SN0049",
        "Correction is not read",
        "corrections: {0}");

    public static readonly DiagnosticDescriptor UnknownTranslation = Warning(
        "SN0050",
        "Translation's original not found",
        "translation_of: '{0}' {1}, so this edition is linked to no other; write the slug of the article this one translates");

    public const string TranslationSlugUnknown = "is the slug of no article";

    public const string TranslationOfItself = "is this article's own slug";

    public static readonly DiagnosticDescriptor TranslationNotPublished = Warning(
        "SN0051",
        "Translation's original is not published",
        "The article '{0}' that translation_of: names is not published ({1}), so this edition is linked only to the published editions");

    public static readonly DiagnosticDescriptor TranslationLanguageTaken = Warning(
        "SN0052",
        "Two editions in one language",
        "This edition is in '{0}', as the edition '{1}' is; editions of one story are each in their own language (lang:), so this one is linked to no other");

    public static readonly DiagnosticDescriptor UrlKeptByLock = new(
        "SN0053",
        "Published URL kept by staticnews.lock",
        "The title now gives the URL '{0}', but this article was published at '{1}' (staticnews.lock), so it stays there; to move it, give it slug: or url: and name the old URL in aliases:",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sn0053");

    public static readonly DiagnosticDescriptor UrlReservedByLock = Warning(
        "SN0054",
        "URL of a removed article is reserved",
        "The URL '{0}' was published for '{1}', which is no article now, and staticnews.lock keeps it from any other, so this article is published at '{2}'; to keep a redirect there name it in aliases: of the article that replaced it, or give this article slug: to take it");

    public static readonly DiagnosticDescriptor LockLineUnreadable = Warning(
        "SN0055",
        "Line of staticnews.lock cannot be read",
        "This line of staticnews.lock is not '\"<document>\" = \"<URL>\"': {0}; it is left out, and the build writes the lock again only when the line is fixed or deleted");

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
