using Newsroom.Content;

// Typed content: the compiler checks every name below. Deleting the seed breaks this build.
var seed = Articles.RussiaExpressesItsReadinessToProvideSupport;
Console.WriteLine(seed.Slug);
Console.WriteLine($"{Articles.All.Count} article(s); '{seed.Title}' has {seed.GetParagraphs().Count} paragraphs, {seed.WordCount} words");
Console.WriteLine(ReferenceEquals(Articles.BySlug(seed.Slug), seed) ? "BySlug finds the same instance" : "BySlug is broken");
