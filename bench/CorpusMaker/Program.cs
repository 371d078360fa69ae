using System.Globalization;
using CorpusMaker;

const string Usage = """
    Usage: CorpusMaker --count N --out DIR [--format txt|md|mixed] [--seed S]

    Writes N synthetic, seed-shaped news articles to DIR as NNNNN_<slug>.txt|.md.
    The same arguments always give byte-identical files; txt and md corpora of the same
    N and seed hold the same articles (titles, dates, tags, words).
    """;

int count = 0;
string? outputDirectory = null;
var format = CorpusFormat.Txt;
int seed = 42;

for (int i = 0; i < args.Length; i++)
{
    string arg = args[i];
    if (arg is "-h" or "--help")
    {
        Console.WriteLine(Usage);
        return 0;
    }

    if (i + 1 >= args.Length)
    {
        return Fail($"missing value after {arg}");
    }

    string value = args[++i];
    switch (arg)
    {
        case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count > 0:
            break;
        case "--out":
            outputDirectory = value;
            break;
        case "--format" when value is "txt" or "md" or "mixed":
            format = Enum.Parse<CorpusFormat>(value, ignoreCase: true);
            break;
        case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
            break;
        default:
            return Fail($"bad argument: {arg} {value}");
    }
}

if (count <= 0 || outputDirectory is null)
{
    return Fail("--count and --out are required");
}

var factory = new ArticleFactory(count, seed);
var writer = new CorpusWriter(outputDirectory, format, seed);
writer.RemoveEarlierCorpus();

long totalBytes = 0;
Parallel.For(0, count, () => 0L, (index, _, bytes) => bytes + writer.Write(factory.Create(index)), bytes => Interlocked.Add(ref totalBytes, bytes));

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"wrote {count} {format.ToString().ToLowerInvariant()} articles to {outputDirectory}: {totalBytes / 1_000_000.0:F1} MB, {totalBytes / count:N0} bytes on average"));
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine($"CorpusMaker: {message}");
    Console.Error.WriteLine(Usage);
    return 2;
}
