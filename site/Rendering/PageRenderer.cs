using Scriban;
using Scriban.Runtime;

namespace StaticNews.Site.Rendering;

/// <summary>
/// Renders one page: the page template with its model, then layout.sbn around it. Contexts are made per
/// page (a TemplateContext is not thread-safe); parsed templates are shared through the catalog.
/// </summary>
public sealed class PageRenderer(TemplateCatalog templates)
{
    /// <summary>Loops run over every article of the archive, so Scriban's default of 1,000 iterations is far too low.</summary>
    public const int LoopLimit = 10_000_000;

    /// <summary>Scriban cuts strings longer than this when converting them; pages may hold megabyte-long paragraphs.</summary>
    public const int LimitToString = 0;

    public string Render(string templateName, ScriptObject model)
    {
        var content = RenderTemplate(templateName, model);
        model.SetValue("content", new RawHtml(content), readOnly: true);
        return RenderTemplate("layout.sbn", model);
    }

    private string RenderTemplate(string templateName, ScriptObject model)
    {
        var template = templates.Get(templateName);
        var context = CreateContext(model);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new TemplateException(e.Message);
        }
    }

    private HtmlTemplateContext CreateContext(ScriptObject model)
    {
        var context = new HtmlTemplateContext
        {
            LoopLimit = LoopLimit,
            LimitToString = LimitToString,
            MemberRenamer = member => member.Name,
            EnableRelaxedMemberAccess = false,
            StrictVariables = true,
            NewLine = "\n",
        };
        var functions = new ScriptObject();
        functions.Import("include", new Func<TemplateContext, string, RawHtml>(Include));
        context.PushGlobal(functions);
        context.PushGlobal(model);
        return context;
    }

    /// <summary>Scriban's own include returns a string, which our context would escape; this one returns markup.</summary>
    private RawHtml Include(TemplateContext context, string name)
    {
        var template = templates.Get(name);
        context.PushOutput();
        try
        {
            return new RawHtml(template.Render(context));
        }
        finally
        {
            context.PopOutput();
        }
    }
}
