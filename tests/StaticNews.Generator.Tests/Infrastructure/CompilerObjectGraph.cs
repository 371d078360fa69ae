using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// Finds compiler objects inside pipeline models, by a reflection walk over fields that follows collections and
/// nested objects (NetEscapades.EnumGenerators' AssertObjectGraph). A symbol, compilation, syntax node or tree held by a
/// cached model keeps whole compilations alive; these and a source text or location also compare by reference, so a
/// step holding one re-runs everything after it (rule 2 of the engineering notes).
/// </summary>
public static class CompilerObjectGraph
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SemanticModel), typeof(SyntaxTree), typeof(AdditionalText),
        typeof(SourceText), typeof(Location), typeof(Diagnostic),
    };

    private static readonly ConcurrentDictionary<Type, FieldInfo[]> Fields = new();

    /// <summary>
    /// The one compiler object a model may hold: the document file in <see cref="DocumentInput"/>, which the parse
    /// step must read. It compares by reference, which is right for it: the compiler hands the same object again for
    /// an unchanged file and a new one for an edited file; the parse step after it keeps only values.
    /// </summary>
    private static bool IsAllowed(object value, object? holder) => value is AdditionalText && holder is DocumentInput;

    /// <summary>The forbidden type found (with the concrete type and the model that holds it), or null.</summary>
    public static string? FindForbidden(object? root)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, object? Holder)>();
        if (root is not null)
        {
            pending.Push((root, null));
        }
        while (pending.Count > 0)
        {
            var (value, holder) = pending.Pop();
            var type = value.GetType();
            if (IsAllowed(value, holder))
            {
                continue;
            }
            if (Forbidden.FirstOrDefault(f => f.IsAssignableFrom(type)) is { } forbidden)
            {
                return forbidden.Name + " (" + type.FullName + ")" + (holder is null ? "" : " in a " + holder.GetType().Name);
            }
            // Leaves, and DiagnosticDescriptor: static, immutable, shared by design (it carries no compilation state).
            if (type.IsPrimitive || type.IsEnum || value is string or Type or Delegate or Pointer or DiagnosticDescriptor || !visited.Add(value))
            {
                continue;
            }
            if (value is IEnumerable enumerable)
            {
                foreach (var item in enumerable)
                {
                    if (item is not null)
                    {
                        pending.Push((item, value));
                    }
                }
            }
            foreach (var field in Fields.GetOrAdd(type, InstanceFields))
            {
                if (field.GetValue(value) is { } child)
                {
                    pending.Push((child, value));
                }
            }
        }
        return null;
    }

    private static FieldInfo[] InstanceFields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(field => !field.FieldType.IsPointer && !field.FieldType.IsByRefLike));
        }
        return fields.ToArray();
    }
}
