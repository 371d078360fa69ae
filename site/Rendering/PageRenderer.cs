using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticNews.Site.Pages;
using StaticNews.Site.Views;

namespace StaticNews.Site.Rendering;

/// <summary>
/// Renders one page: its template with <c>site</c>, <c>page</c> and the page's own variables, then layout.sbn
/// around it. Making a Scriban context (it builds every builtin function) costs more than rendering a page, so a
/// renderer keeps one context and resets it between pages. A context is not thread-safe: each rendering thread
/// makes its own renderer. Parsed templates are shared through the catalog.
/// </summary>
public sealed class PageRenderer(TemplateCatalog templates, SiteView site)
{
    /// <summary>Loops run over every article of the archive, so Scriban's default of 1,000 iterations is far too low.</summary>
    public const int LoopLimit = 10_000_000;

    /// <summary>
    /// The characters one render of a template may write (a page's template, and then the layout around it, each
    /// count on their own; an include counts toward the template that includes it), and the longest string a template
    /// may make. Far above any real page (a megabyte-long paragraph fits many times), far below what fills memory: a
    /// template that prints without end stops here with its file, line and column.
    /// </summary>
    public const int OutputLimit = 32 * 1024 * 1024;

    /// <summary>How deep function calls, and includes, may nest: a template that includes itself stops here.</summary>
    public const int RecursiveLimit = 100;

    /// <summary>This renderer's context and the functions it adds (include); made on first use, and again after a failed page.</summary>
    private (HtmlTemplateContext Context, ScriptObject Functions)? _scriban;

    public string Render(PageJob job)
    {
        var model = new ScriptObject();
        var page = job.Describe(site);
        model.SetValue("site", site, readOnly: true);
        model.SetValue("page", page, readOnly: true);
        // The interface's words in the page's language: the strings files are templates, in the templates' digest.
        model.SetValue("t", templates.StringsFor(page.Language ?? site.Language), readOnly: true);
        foreach (var (name, value) in job.Variables())
        {
            model.SetValue(name, value, readOnly: true);
        }

        var (context, functions) = _scriban ??= CreateContext();
        try
        {
            // Reset drops what the previous page pushed (its model, any output left over); the builtins are read-only,
            // so nothing else a template can change outlives its page.
            context.Reset();
            context.PushGlobal(functions);
            context.PushGlobal(model);
            context.Escaping = TextEscapingOf.File(job.OutputPath);

            // Every character of a page passes here, whatever wrote it: a template, an escaped value, Markdig's body HTML.
            var content = RenderTemplate(context, job.Template);
            if (!job.UseLayout)
            {
                return ForbiddenCharacters.Remove(content);
            }
            model.SetValue("content", new RawHtml(content), readOnly: true);
            return ForbiddenCharacters.Remove(RenderTemplate(context, "layout.sbn"));
        }
        catch
        {
            // A page that failed half-way may leave loops, locals or outputs behind: the next page gets a new context.
            _scriban = null;
            throw;
        }
    }

    private string RenderTemplate(HtmlTemplateContext context, string templateName)
    {
        var template = templates.Get(templateName);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e) when (IsOverLimit(e))
        {
            throw new TemplateException($"{e.Span.FileName}({e.Span.Start.Line + 1},{e.Span.Start.Column + 1}): error SNS0014: the template writes, or makes a string of, more than the limit of {OutputLimit:N0} characters for one page ({e.OriginalMessage})");
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(e.Message);
        }
    }

    private (HtmlTemplateContext, ScriptObject) CreateContext()
    {
        var context = new HtmlTemplateContext
        {
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            MemberRenamer = member => member.Name,
            EnableRelaxedMemberAccess = false,
            StrictVariables = true,
            NewLine = "\n",
        };
        MakeReadOnly(context.BuiltinObject);
        var functions = new ScriptObject();
        functions.SetValue("include", new IncludeFunction(templates), readOnly: true);
        return (context, functions);
    }

    /// <summary>Scriban's own messages for its two size limits (it has no error codes).</summary>
    private static bool IsOverLimit(ScriptRuntimeException e) =>
        e.OriginalMessage.Contains("OutputLimit", StringComparison.Ordinal) || e.OriginalMessage.Contains("LimitToString", StringComparison.Ordinal);

    /// <summary>The builtins (date, string, ...) and their settings, such as date.format, cannot be changed by a template.</summary>
    private static void MakeReadOnly(ScriptObject builtins)
    {
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject module)
            {
                module.IsReadOnly = true;
            }
        }
        builtins.IsReadOnly = true;
    }
}
