namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>Finds the repository (the folder holding StaticNews.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticNews.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("StaticNews.sln not found above " + AppContext.BaseDirectory);
    }
}
