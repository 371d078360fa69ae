using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticNews.Site.Rendering;

/// <summary>
/// A function templates call (<c>include</c>, <c>t.min_read 4</c>, <c>t.date d</c>), which Scriban calls directly
/// rather than through reflection, as it would a delegate. A subclass gives its parameters and <see cref="Invoke"/>.
/// </summary>
public abstract class TemplateFunction(int requiredParameters, int parameters, ScriptVarParamKind varParams, Type returnType, ScriptParameterInfo parameter)
    : IScriptCustomFunction
{
    public int RequiredParameterCount => requiredParameters;

    public int ParameterCount => parameters;

    public ScriptVarParamKind VarParamKind => varParams;

    public Type ReturnType => returnType;

    public ScriptParameterInfo GetParameterInfo(int index) => parameter;

    public abstract object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));
}
