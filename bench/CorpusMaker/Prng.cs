namespace CorpusMaker;

/// <summary>
/// SplitMix64. Used instead of System.Random so the corpus stays byte-identical across
/// .NET versions, and so each article gets its own independent stream (articles are
/// generated in parallel, in any order).
/// </summary>
internal sealed class Prng(ulong seed)
{
    private ulong _state = seed;

    public static Prng For(int seed, int index, int stream) =>
        new(Mix((ulong)(uint)seed * 0xD6E8FEB86659FD93UL
                + (ulong)(uint)index * 0xA0761D6478BD642FUL
                + (ulong)(uint)stream * 0xE7037ED1A0B428DBUL));

    public ulong NextUInt64() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>A number in [0, max).</summary>
    public int Next(int max) => (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
