namespace StaticNews.Site.Rendering;

/// <summary>Markup the site made itself (a rendered include, a page body); written without escaping.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
