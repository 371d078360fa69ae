using System.Globalization;
using System.Text;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Emit;

/// <summary>
/// The data of the <c>Pages</c> class, read by StaticNews.Runtime's <c>PageData</c>: "StaticNews.Pages/1|", then per page
/// eight texts, each its length in UTF-16 units, ':' and the text: source path, slug, URL, title, description, format
/// ("markdown" or "text"), language ("" for none), body. Its own record, apart from the articles' data.
/// </summary>
public static class PageDataWriter
{
    public const string Header = "StaticNews.Pages/1|";

    public static string Write(PagesModel model)
    {
        var data = new StringBuilder(Header);
        foreach (var named in model.Pages)
        {
            var page = named.Page;
            foreach (var text in new[] { page.SourcePath, named.Slug, named.Url, page.Title, page.Description,
                page.Format == DocumentFormat.Markdown ? "markdown" : "text", page.Language ?? "", page.Body })
            {
                data.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
            }
        }
        return data.ToString();
    }
}
