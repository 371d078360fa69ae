using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticNews.Site.Rendering;

/// <summary>
/// <c>include "partials/x.sbn"</c>: renders a template from the catalog with the page's variables and returns it as
/// markup. Scriban's own include returns a string, which our context would escape.
/// </summary>
/// <remarks>
/// One per template context (each rendering thread has its own), so its outputs need no lock. An include's output is
/// reused from page to page: Scriban empties an output after rendering into it, and emptying a new StringBuilder that
/// grew chunk by chunk copies it into one new array, on every include of every page.
/// </remarks>
public sealed class IncludeFunction(TemplateCatalog templates)
    : TemplateFunction(1, 1, ScriptVarParamKind.None, typeof(RawHtml), new ScriptParameterInfo(typeof(string), "name"))
{
    /// <summary>Outputs not in use; includes nest (a partial may include another), so there may be several.</summary>
    private readonly Stack<StringBuilderOutput> _outputs = new();

    public override object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"include takes one argument, the template's name; it was given {arguments.Count}");
        }
        var template = templates.Get(context.ObjectToString(arguments[0]) ?? "");
        var output = _outputs.TryPop(out var free) ? free : new StringBuilderOutput();
        context.PushOutput(output);
        try
        {
            return new RawHtml(template.Render(context));
        }
        finally
        {
            context.PopOutput();
            output.Builder.Clear();
            _outputs.Push(output);
        }
    }
}
