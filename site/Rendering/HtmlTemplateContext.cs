using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace StaticNews.Site.Rendering;

/// <summary>
/// Scriban does not escape output. This context HTML-escapes every <c>{{ value }}</c> a template writes,
/// so no title, paragraph or note can inject markup; only <see cref="RawHtml"/> passes through.
/// Templates therefore never call html.escape themselves (that would escape twice).
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>False for plain-text files (robots.txt), where nothing is markup.</summary>
    public bool Escape { get; set; } = true;

    /// <summary>
    /// Member accessors by type, kept from page to page: Reset (between pages) empties Scriban's own cache, and making
    /// a type's accessor reads its properties and their attributes by reflection (92,000 times for 13,000 pages).
    /// </summary>
    private readonly Dictionary<Type, IObjectAccessor?> _accessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (!_accessors.TryGetValue(type, out var accessor))
        {
            accessor = base.GetMemberAccessorImpl(target);
            _accessors[type] = accessor;
        }
        return accessor;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            null => this,
            RawHtml raw => Write(raw.Value),
            _ when !Escape => Write(ObjectToString(textAsObject) ?? ""),
            _ => Write(HtmlText.Escape(ObjectToString(textAsObject) ?? "")),
        };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
