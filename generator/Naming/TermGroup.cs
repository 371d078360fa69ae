using System.Collections.Generic;

namespace StaticNews.Generator.Naming;

/// <summary>One term: its identity (<see cref="TermGrouping.Identity"/>), its name as shown, its slug, and its articles as positions in the list given, in order.</summary>
public sealed class TermGroup
{
    public TermGroup(string identity, string name, string slug, IReadOnlyList<int> articles)
    {
        Identity = identity;
        Name = name;
        Slug = slug;
        Articles = articles;
    }

    public string Identity { get; }

    public string Name { get; }

    public string Slug { get; }

    public IReadOnlyList<int> Articles { get; }
}
