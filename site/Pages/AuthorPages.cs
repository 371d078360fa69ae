using StaticNews.Configuration;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>authors/ (every byline) and one paginated page per author, with the bio from staticnews.yml.</summary>
public static class AuthorPages
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var site = content.Site;
        var index = new PageInfo("Authors", "The authors of " + site.Title, site.BasePath + "authors/", site.BaseUrl + "authors/", "terms");
        yield return new PageJob("authors/index.html", "terms.sbn", index, PageJob.Vars(("heading", "Authors"), ("terms", content.Authors)));

        foreach (var author in content.Authors)
        {
            var profile = content.AuthorProfiles.GetValueOrDefault(author.Url) ?? new AuthorProfile();
            var articles = content.ArticlesByAuthor[author.Url];
            foreach (var page in ListPages.Plan(content, author.Url[site.BasePath.Length..], author.Name, $"Articles by {author.Name}", articles, "author",
                ("profile", new AuthorView(author.Name, profile.Bio, profile.Url))))
            {
                yield return page;
            }
        }
    }
}

/// <summary>What an author page shows above the list: the name, bio and link from staticnews.yml.</summary>
public sealed record AuthorView(string Name, string Bio, string? Url);
