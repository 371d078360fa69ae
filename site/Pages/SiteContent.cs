using StaticNews.Site.Loading;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>Everything the page planners read: the settings, the site, and every article (newest first) as a view.</summary>
public sealed record SiteContent(SiteSettings Settings, SiteView Site, IReadOnlyList<ArticleView> Articles);
