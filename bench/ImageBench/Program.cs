using System.Diagnostics;
using NetVips;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

// Resizes N photos of 3000x2000 to the site's widths as WebP and JPEG, with one library per process so that each
// process's peak memory (VmHWM) is that library's. Usage:
//   ImageBench make <folder> <count>          makes the photos (with libvips: smooth noise and grain, like a photo)
//   ImageBench netvips|imagesharp <folder>    resizes every photo in <folder> into <folder>/out-<library>
int[] widths = [480, 960, 1600];
const int JpegQuality = 82, WebpQuality = 78;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ImageBench make <folder> <count> | netvips <folder> | imagesharp <folder>");
    return 2;
}

var folder = args[1];
switch (args[0])
{
    case "make":
        Make(folder, int.Parse(args[2]));
        return 0;
    case "netvips":
        return Run("netvips", folder, ResizeWithNetVips);
    case "imagesharp":
        return Run("imagesharp", folder, ResizeWithImageSharp);
    default:
        Console.Error.WriteLine($"unknown mode '{args[0]}'");
        return 2;
}

void Make(string target, int count)
{
    Directory.CreateDirectory(target);
    for (var i = 0; i < count; i++)
    {
        using var red = NetVips.Image.Perlin(3000, 2000, cellSize: 400, uchar: true, seed: i * 3);
        using var green = NetVips.Image.Perlin(3000, 2000, cellSize: 250, uchar: true, seed: i * 3 + 1);
        using var blue = NetVips.Image.Perlin(3000, 2000, cellSize: 160, uchar: true, seed: i * 3 + 2);
        using var colour = red.Bandjoin(green, blue);
        using var grain = NetVips.Image.Gaussnoise(3000, 2000, sigma: 6, mean: 0, seed: i);
        using var photo = (colour + grain).Cast(NetVips.Enums.BandFormat.Uchar);
        photo.Jpegsave(Path.Combine(target, $"photo-{i:D4}.jpg"), q: 88);
    }
}

int Run(string library, string source, Action<string, string> resize)
{
    var photos = Directory.GetFiles(source, "*.jpg").Order(StringComparer.Ordinal).ToArray();
    var output = Path.Combine(source, "out-" + library);
    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    Directory.CreateDirectory(output);
    var wall = Stopwatch.StartNew();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    Parallel.ForEach(photos, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, photo => resize(photo, output));
    wall.Stop();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    var bytes = Directory.GetFiles(output).Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"{library}: {photos.Length} photos x {widths.Length} widths x 2 formats in {wall.Elapsed.TotalSeconds:F1} s wall, " +
        $"{cpu.TotalSeconds:F1} s CPU, {wall.Elapsed.TotalMilliseconds / Math.Max(1, photos.Length):F0} ms/photo, " +
        $"peak RSS {PeakResidentMegabytes()} MB, output {bytes / 1048576.0:F1} MB");
    return 0;
}

void ResizeWithNetVips(string photo, string output)
{
    var name = Path.GetFileNameWithoutExtension(photo);
    foreach (var width in widths)
    {
        // Thumbnail shrinks while it decodes (JPEG's DCT scaling), so the 3000 px image is never held whole; the small
        // result is held in memory, as a sequential read of the file cannot be run twice (once per format).
        using var thumbnail = NetVips.Image.Thumbnail(photo, width, height: 100_000);
        using var resized = thumbnail.CopyMemory();
        resized.Jpegsave(Path.Combine(output, $"{name}-{width}.jpg"), q: JpegQuality, optimizeCoding: true, keep: NetVips.Enums.ForeignKeep.None);
        resized.Webpsave(Path.Combine(output, $"{name}-{width}.webp"), q: WebpQuality, keep: NetVips.Enums.ForeignKeep.None);
    }
}

void ResizeWithImageSharp(string photo, string output)
{
    var name = Path.GetFileNameWithoutExtension(photo);
    using var image = SixLabors.ImageSharp.Image.Load(photo);
    foreach (var width in widths)
    {
        using var resized = image.Clone(context => context.Resize(width, 0, KnownResamplers.Lanczos3));
        resized.Metadata.ExifProfile = null;
        resized.SaveAsJpeg(Path.Combine(output, $"{name}-{width}.jpg"), new JpegEncoder { Quality = JpegQuality });
        resized.SaveAsWebp(Path.Combine(output, $"{name}-{width}.webp"), new WebpEncoder { Quality = WebpQuality });
    }
}

static long PeakResidentMegabytes()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    return -1;
}
