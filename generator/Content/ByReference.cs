using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace StaticNews.Generator.Content;

/// <summary>
/// Compares objects by identity: an article document is a record whose value equality would hash its whole body.
/// (netstandard2.0 has no <c>ReferenceEqualityComparer</c>.)
/// </summary>
internal sealed class ByReference<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ByReference<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
