using System.Collections.Generic;
using System.Linq;

namespace StaticNews.Generator.Content;

/// <summary>
/// A few objects, each replaced by another, in lists of thousands: each item is compared with the replaced ones by
/// reference, which reads only the list. Looking every item up by identity reads each object's header (a cache miss per
/// item, about a millisecond per pass over 10,000 articles); past a few replaced objects, they are looked up all the same.
/// </summary>
internal sealed class Replacement<T>
    where T : class
{
    private const int Compared = 8;

    private readonly IReadOnlyDictionary<T, T> _replaced;
    private readonly T[] _old;

    /// <param name="replaced">Each replaced object's replacement, by reference.</param>
    public Replacement(IReadOnlyDictionary<T, T> replaced)
    {
        _replaced = replaced;
        _old = replaced.Keys.ToArray();
    }

    /// <summary>Whether the list holds a replaced object.</summary>
    public bool Touches(IReadOnlyList<T> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (Of(list[i]) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The list with each replaced object's replacement in its place.</summary>
    public List<T> In(IReadOnlyList<T> list)
    {
        var result = new List<T>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            result.Add(Of(list[i]) ?? list[i]);
        }
        return result;
    }

    /// <summary>The object that replaces <paramref name="item"/>; null when it is not replaced.</summary>
    public T? Of(T item)
    {
        if (_old.Length > Compared)
        {
            return _replaced.TryGetValue(item, out var replacement) ? replacement : null;
        }
        foreach (var old in _old)
        {
            if (ReferenceEquals(old, item))
            {
                return _replaced[old];
            }
        }
        return null;
    }
}
