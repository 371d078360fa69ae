using System.Text;

namespace CorpusMaker;

/// <summary>
/// Builds article <c>index</c> of a corpus of <c>count</c>. Every article draws from its own
/// random stream, so articles can be made in any order and in parallel with identical results.
/// </summary>
internal sealed class ArticleFactory(int count, int seed)
{
    private const int ContentStream = 1;

    // Newest article: the corpus spans three years before it.
    private static readonly DateTimeOffset Newest = new(2025, 5, 31, 18, 0, 0, TimeSpan.Zero);
    private static readonly long SpanSeconds = (long)TimeSpan.FromDays(3 * 365).TotalSeconds;
    private static readonly TimeSpan[] Offsets = [TimeSpan.FromHours(4), TimeSpan.FromHours(4), TimeSpan.FromHours(3), TimeSpan.Zero];

    private static readonly int TitleCombinations =
        TextPools.Subjects.Length * TextPools.Verbs.Length * TextPools.Objects.Length * TextPools.Qualifiers.Length;

    // Coprime with TitleCombinations (= 2^6 · 3^3 · 5^4), so index → index * Stride is a bijection
    // that scatters neighbouring indices over all four pools.
    private const long Stride = 486_677;

    public Article Create(int index)
    {
        var rng = Prng.For(seed, index, ContentStream);
        var (title, titleObject) = MakeTitle(index);

        return new Article(
            Index: index,
            Slug: Slug.From(title),
            Title: title,
            Standfirst: Fill(rng.Pick(TextPools.StandfirstTemplates), rng, titleObject),
            Date: MakeDate(index, rng),
            Authors: PickDistinct(TextPools.Authors, rng.Chance(0.7) ? 1 : rng.Chance(0.85) ? 2 : 3, rng),
            Tags: PickDistinct(TextPools.Tags, rng.Next(1, 5), rng),
            Section: rng.Pick(TextPools.Sections),
            HasDonationAppeal: rng.Chance(0.3),
            EditorsNote: rng.Chance(0.2) ? Fill(rng.Pick(TextPools.EditorsNotes), rng, titleObject) : null,
            Paragraphs: MakeParagraphs(rng, titleObject));
    }

    private (string Title, string Object) MakeTitle(int index)
    {
        long n = ((index % TitleCombinations) * Stride + seed) % TitleCombinations;
        if (n < 0)
        {
            n += TitleCombinations;
        }

        string subject = TextPools.Subjects[n % TextPools.Subjects.Length];
        n /= TextPools.Subjects.Length;
        string verb = TextPools.Verbs[n % TextPools.Verbs.Length];
        n /= TextPools.Verbs.Length;
        string obj = TextPools.Objects[n % TextPools.Objects.Length];
        n /= TextPools.Objects.Length;
        string qualifier = TextPools.Qualifiers[n];

        string title = $"{subject} {verb} {obj} {qualifier}";
        int round = index / TitleCombinations;
        return (round == 0 ? title : $"{title}, part {round + 1}", obj);
    }

    /// <summary>Article i sits in its own time slot, so dates are distinct and grow with the index.</summary>
    private DateTimeOffset MakeDate(int index, Prng rng)
    {
        long slot = Math.Max(1, SpanSeconds / count);
        long seconds = index * slot + (slot > 1 ? rng.Next((int)Math.Min(slot, int.MaxValue)) : 0);
        var instant = Newest.AddSeconds(seconds - (count * slot - 1));
        return instant.ToOffset(rng.Pick(Offsets));
    }

    private static List<string> MakeParagraphs(Prng rng, string titleObject)
    {
        int paragraphCount = rng.Next(20, 26);
        var paragraphs = new List<string>(paragraphCount);
        var text = new StringBuilder(400);
        ulong usedSeedSentences = 0;
        for (int i = 0; i < paragraphCount; i++)
        {
            int sentences = rng.Chance(0.38) ? 1 : 2;
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                // A seed sentence appears at most once per article; templates vary enough to repeat.
                int seedSentence = rng.Next(TextPools.SeedSentences.Length);
                if (rng.Chance(0.45) && (usedSeedSentences & (1UL << seedSentence)) == 0)
                {
                    usedSeedSentences |= 1UL << seedSentence;
                    text.Append(TextPools.SeedSentences[seedSentence]);
                }
                else
                {
                    text.Append(Fill(rng.Pick(TextPools.SentenceTemplates), rng, titleObject));
                }
            }

            paragraphs.Add(text.ToString());
            text.Clear();
        }

        return paragraphs;
    }

    /// <summary>Replaces each <c>{Slot}</c>; <c>{Object}</c> mostly stays on the article's own topic.</summary>
    private static string Fill(string template, Prng rng, string titleObject)
    {
        var result = new StringBuilder(template.Length + 64);
        int pos = 0;
        while (pos < template.Length)
        {
            int open = template.IndexOf('{', pos);
            if (open < 0)
            {
                result.Append(template, pos, template.Length - pos);
                break;
            }

            int close = template.IndexOf('}', open);
            result.Append(template, pos, open - pos);
            string slot = template.Substring(open + 1, close - open - 1);
            result.Append(slot == "Object" && rng.Chance(0.7) ? titleObject : rng.Pick(TextPools.Slots[slot]));
            pos = close + 1;
        }

        return result.ToString();
    }

    private static string[] PickDistinct(string[] pool, int howMany, Prng rng)
    {
        var picked = new List<string>(howMany);
        while (picked.Count < howMany)
        {
            string candidate = rng.Pick(pool);
            if (!picked.Contains(candidate))
            {
                picked.Add(candidate);
            }
        }

        return [.. picked];
    }
}
