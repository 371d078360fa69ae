using System.Linq;
using Microsoft.CodeAnalysis;

namespace StaticNews.Generator.Model;

/// <summary>
/// A diagnostic as equatable data. <see cref="Diagnostic"/> itself has no structural equality, so the
/// pipeline carries this and creates the real diagnostic only in the output step.
/// </summary>
public sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        new(descriptor, location, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location.ToLocation(), Arguments.Select(argument => (object)argument).ToArray());
}
