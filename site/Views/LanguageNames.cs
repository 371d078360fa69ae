namespace StaticNews.Site.Views;

/// <summary>
/// A language's name in that language ("Հայերեն", "Русский"), as a link to an edition in it is labelled; a language not
/// listed is named by its tag.
/// </summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["hy"] = "Հայերեն", ["ru"] = "Русский", ["ka"] = "ქართული", ["uk"] = "Українська",
        ["fr"] = "Français", ["de"] = "Deutsch", ["es"] = "Español", ["it"] = "Italiano", ["pt"] = "Português",
        ["nl"] = "Nederlands", ["pl"] = "Polski", ["tr"] = "Türkçe", ["az"] = "Azərbaycan dili", ["fa"] = "فارسی",
        ["ar"] = "العربية", ["he"] = "עברית", ["el"] = "Ελληνικά", ["zh"] = "中文", ["ja"] = "日本語", ["ko"] = "한국어",
        ["be"] = "Беларуская", ["kk"] = "Қазақ тілі", ["ro"] = "Română", ["bg"] = "Български", ["sr"] = "Српски",
        ["cs"] = "Čeština", ["sv"] = "Svenska", ["fi"] = "Suomi", ["da"] = "Dansk", ["no"] = "Norsk", ["hu"] = "Magyar",
    };

    /// <summary>The name of the language a tag ("hy", "hy-AM", "pt-BR") names: its primary language's.</summary>
    public static string Of(string tag) =>
        Names.TryGetValue(tag, out var name) || Names.TryGetValue(tag.Split('-', '_')[0], out name) ? name : tag;
}
