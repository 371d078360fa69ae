namespace StaticNews.Site.Tests;

/// <summary>A mistyped option is a usage error that names it, never an exception out of the program.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--port", "abc")]
    [InlineData("--port", "-1")]
    [InlineData("--settle", "20ms")]
    public async Task A_number_option_that_is_not_a_whole_number_is_a_usage_error(string option, string value)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["serve", "--no-watch", option, value], output, error);

        Assert.Equal(2, exit);
        Assert.Contains($"error SNS0001: {option} takes a whole number, not {value}", error.ToString());
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["serve", "--setle", "20"], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("unknown option or missing value: --setle", error.ToString());
        Assert.Contains("usage:", error.ToString());
    }
}
