using StaticNews.Site;

return await CommandLine.RunAsync(args, Console.Out, Console.Error);
