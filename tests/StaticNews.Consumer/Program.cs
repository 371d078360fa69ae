using Newsroom.Content;

// Typed content: the compiler checks every name below, against this project's own sample document.
var sample = Articles.TypedContentCompilesInAnyProject;
Console.WriteLine(sample.Slug);
Console.WriteLine($"{Articles.All.Count} article(s); '{sample.Title}' has {sample.GetParagraphs().Count} paragraphs, {sample.WordCount} words");
Console.WriteLine(ReferenceEquals(Articles.BySlug(sample.Slug), sample) ? "BySlug finds the same instance" : "BySlug is broken");
