using StaticNews.Configuration;

namespace StaticNews.Site.Pages;

/// <summary>authors/ (every byline) and one paginated page per author, with the bio from staticnews.yml.</summary>
public static class AuthorPages
{
    public static IEnumerable<PageJob> Plan(SiteContent content) =>
        TermPages.Plan(content, content.Authors, author =>
        {
            var profile = content.AuthorProfiles.GetValueOrDefault(author.Slug) ?? new AuthorProfile();
            return new AuthorView(author.Name, profile.Bio, profile.Url);
        });
}

/// <summary>What an author page shows above the list: the name, bio and link from staticnews.yml.</summary>
public sealed record AuthorView(string Name, string Bio, string? Url);
