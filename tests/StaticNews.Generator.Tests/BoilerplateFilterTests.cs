using StaticNews.Generator.Model;
using StaticNews.Generator.Parsing;

namespace StaticNews.Generator.Tests;

/// <summary>The boilerplate patterns of staticnews.yml, on either regular-expression engine.</summary>
public sealed class BoilerplateFilterTests
{
    private static BoilerplateFilter Filter(params string[] patterns) => new(new EquatableArray<string>(patterns));

    [Fact]
    public void A_matching_line_gives_the_pattern_it_matched()
    {
        var filter = Filter("^Subscribe", "^Become a member$");

        Assert.Equal("^Become a member$", filter.Match("Become a member"));
        Assert.Null(filter.Match("Members of parliament voted."));
    }

    [Fact]
    public void A_pattern_with_a_backreference_still_matches()
    {
        // The linear-time engine has no backreferences; such a pattern runs on the backtracking engine instead.
        var filter = Filter(@"^(\w+) \1$");

        Assert.Equal(@"^(\w+) \1$", filter.Match("donate donate"));
        Assert.Null(filter.Match("donate now"));
    }

    [Fact]
    public void A_pattern_with_a_lookahead_still_matches()
    {
        var filter = Filter("^(?=.*newsletter).*sign up");

        Assert.NotNull(filter.Match("Sign up: our newsletter, sign up today"));
        Assert.Null(filter.Match("Sign up today"));
    }

    [Fact]
    public void A_catastrophic_pattern_ends_and_does_not_match()
    {
        // Nested quantifiers backtrack exponentially on a near miss; the build must neither hang nor drop the line.
        var filter = Filter("^(a+)+$");

        Assert.Null(filter.Match(new string('a', 40) + "!"));
        Assert.Equal("^(a+)+$", filter.Match(new string('a', 40)));
    }
}
