namespace StaticNews.Site.Live;

/// <summary>What changed since the last render, as far as the caller knows: how much of the last render can be kept.</summary>
public enum LiveChange
{
    /// <summary>Anything may have changed: the whole site is planned again (unchanged pages are kept by their fingerprints).</summary>
    Anything,

    /// <summary>Only documents changed, and their articles were edited where they stand (<see cref="LiveContent.LastUpdateInPlace"/>).</summary>
    ArticlesInPlace,

    /// <summary>
    /// Only templates, or assets that are not pictures (a picture may be one an article shows): the content, config and
    /// pictures are as they were, so the last plan holds, and every page is made again only when the templates changed.
    /// </summary>
    TemplatesOrAssets,
}
