using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticNews.Site.Rendering;

/// <summary>
/// <c>include "partials/x.sbn"</c>: renders a template from the catalog with the page's variables and returns it as
/// markup. Scriban's own include returns a string, which our context would escape. A function Scriban calls directly
/// rather than a delegate, which it would call through reflection for every include of every page.
/// </summary>
public sealed class IncludeFunction(TemplateCatalog templates) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"include takes one argument, the template's name; it was given {arguments.Count}");
        }
        var template = templates.Get(context.ObjectToString(arguments[0]) ?? "");
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

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));
}
