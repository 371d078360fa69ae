using Scriban;
using StaticNews.Site.Rendering;
using StaticNews.Site.Views;

namespace StaticNews.Site.Tests;

public sealed class HtmlTemplateContextTests
{
    [Fact]
    public void A_types_member_accessor_is_made_once_and_outlives_the_reset_between_pages()
    {
        var context = new HtmlTemplateContext();
        var first = context.GetMemberAccessor(new TermLink("Politics", "/tags/politics/", "https://example.org/tags/politics/"));

        context.Reset();

        Assert.Same(first, context.GetMemberAccessor(new TermLink("Economy", "/tags/economy/", "https://example.org/tags/economy/")));
    }

    [Fact]
    public void Members_read_after_a_reset_are_the_new_pages_values()
    {
        var context = new HtmlTemplateContext { MemberRenamer = member => member.Name };
        var template = Template.Parse("{{ link.Name }} <{{ link.Url }}>");

        string Render(TermLink link)
        {
            context.Reset();
            var model = new Scriban.Runtime.ScriptObject { ["link"] = link };
            context.PushGlobal(model);
            return template.Render(context);
        }

        Assert.Equal("Politics </tags/politics/>", Render(new TermLink("Politics", "/tags/politics/", "https://example.org/tags/politics/")));
        Assert.Equal("Economy </tags/economy/>", Render(new TermLink("Economy", "/tags/economy/", "https://example.org/tags/economy/")));
    }
}
