using Scriban;
using Scriban.Runtime;
using StaticNews.Site.Pages;
using StaticNews.Site.Views;

namespace StaticNews.Site.Rendering;

/// <summary>
/// Renders one page: its template with <c>site</c>, <c>page</c> and the page's own variables, then
/// layout.sbn around it. A context is made per page (a TemplateContext is not thread-safe); parsed
/// templates are shared through the catalog, so pages render in parallel.
/// </summary>
public sealed class PageRenderer(TemplateCatalog templates, SiteView site)
{
    /// <summary>Loops run over every article of the archive, so Scriban's default of 1,000 iterations is far too low.</summary>
    public const int LoopLimit = 10_000_000;

    /// <summary>0 = no limit: Scriban would otherwise cut strings over 1 MB, and pages may hold megabyte-long paragraphs.</summary>
    public const int LimitToString = 0;

    public string Render(PageJob job)
    {
        var model = new ScriptObject();
        model.SetValue("site", site, readOnly: true);
        model.SetValue("page", job.Page, readOnly: true);
        foreach (var (name, value) in job.Variables)
        {
            model.SetValue(name, value, readOnly: true);
        }

        // Plain-text files (robots.txt) are not markup: nothing in them is escaped.
        var escape = !job.OutputPath.EndsWith(".txt", StringComparison.Ordinal);
        var content = RenderTemplate(job.Template, model, escape);
        if (!job.UseLayout)
        {
            return content;
        }
        model.SetValue("content", new RawHtml(content), readOnly: true);
        return RenderTemplate("layout.sbn", model, escape);
    }

    private string RenderTemplate(string templateName, ScriptObject model, bool escape)
    {
        var template = templates.Get(templateName);
        var context = CreateContext(model, escape);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new TemplateException(e.Message);
        }
    }

    private HtmlTemplateContext CreateContext(ScriptObject model, bool escape)
    {
        var context = new HtmlTemplateContext(escape)
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
