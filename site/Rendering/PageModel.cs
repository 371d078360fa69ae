using Scriban.Runtime;

namespace StaticNews.Site.Rendering;

/// <summary>The variables a page template gets: <c>site</c>, <c>page</c>, and whatever the page adds.</summary>
public static class PageModel
{
    public static ScriptObject Create(SiteView site, PageInfo page)
    {
        var model = new ScriptObject();
        model.SetValue("site", site, readOnly: true);
        model.SetValue("page", page, readOnly: true);
        return model;
    }

    public static ScriptObject With(this ScriptObject model, string name, object? value)
    {
        model.SetValue(name, value, readOnly: true);
        return model;
    }
}

/// <summary>What the layout needs to know about the page it wraps.</summary>
public sealed record PageInfo(string Title, string Description, string Url, string AbsoluteUrl, string Kind);
