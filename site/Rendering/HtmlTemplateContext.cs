using Scriban;
using Scriban.Parsing;

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
