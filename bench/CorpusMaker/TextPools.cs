namespace CorpusMaker;

/// <summary>
/// Word and sentence pools the articles are assembled from. The seed article
/// (seeds/000_539d5ea821e4a723.txt) supplies the verbatim sentences; the templates fill
/// <c>{Slot}</c> placeholders from the pools in <see cref="Slots"/>.
/// </summary>
internal static class TextPools
{
    public const string DonationAppeal =
        "Amidst the current global turmoil, small news outlets like ours could be the first to close. " +
        "Help us get off grants and become the first reader-funded news site in the Caucasus, " +
        "and keep telling the stories that matter.";

    /// <summary>The seed glues the call-to-action button text to the note; so do we.</summary>
    public const string EditorsNotePrefix = "Become a memberEditor’s note: ";

    public static readonly string[] EditorsNotes =
    [
        "This article has been updated to include the announcement of the latest call between {Person} and {Person}.",
        "This article was updated on {Day} {Month} to include a statement from the {Org}.",
        "An earlier version of this article misstated the date of the meeting in {City}. It has been corrected.",
        "This article has been updated to reflect comments made by {Person} on {Weekday}.",
        "The headline of this article has been changed to better reflect its content.",
        "This piece was amended to clarify the position of the {Org} on {Object}.",
    ];

    // Headline parts. A title is one item from each, chosen by a bijection of the article index,
    // so titles are unique for up to Subjects × Verbs × Objects × Qualifiers articles.
    public static readonly string[] Subjects =
    [
        "Armenia", "Azerbaijan", "Georgia", "Russia", "Turkey", "Iran", "The EU", "The US State Department",
        "Pashinyan", "Aliyev", "Georgian Dream", "The Armenian Foreign Ministry", "Baku", "Tbilisi City Hall",
        "Yerevan’s mayor", "The Kremlin", "The opposition", "Transparency International", "Georgia’s President",
        "The Central Bank of Armenia", "Azerbaijan’s state broadcaster", "The protest movement",
        "Abkhazia’s de facto leader", "South Ossetia’s de facto government", "Armenia’s Constitutional Court",
        "Shirak’s farmers’ union", "The teachers’ union", "The World Bank", "The CSTO", "A Nagorno-Karabakh refugee council",
    ];

    public static readonly string[] Verbs =
    [
        "calls for", "rejects", "announces", "warns of", "signs deal on", "criticises", "backs",
        "pledges support for", "launches probe into", "expresses ‘readiness’ to discuss", "postpones",
        "denies reports of", "demands answers over", "welcomes", "suspends", "proposes", "questions",
        "condemns", "pushes ahead with", "reaches agreement on", "threatens to block", "defends",
        "raises concerns over", "unveils plan for", "votes against", "sues over", "hails progress on",
        "steps back from", "seeks clarity on", "revives",
    ];

    public static readonly string[] Objects =
    [
        "border delimitation talks", "the peace treaty text", "gas transit fees", "the foreign agent law",
        "CSTO membership", "EU visa liberalisation", "wheat imports", "electoral reform",
        "the media freedom bill", "the Upper Lars crossing", "new railway links", "the Zangezur corridor",
        "a constitutional referendum", "prisoner exchanges", "the Lachin road", "hydropower projects",
        "mining licences in Amulsar", "pension increases", "the minimum wage", "Black Sea port plans",
        "Russian peacekeepers", "the EU monitoring mission", "military drills", "arms purchases from India",
        "the tourism strategy", "internet shutdowns", "judicial vetting", "the ‘LGBT propaganda’ bill",
        "press accreditation rules", "cross-border trade", "the Anaklia port", "energy subsidies",
        "refugee housing", "the Middle Corridor", "sanctions compliance", "student visa rules",
        "water sharing on the Araks", "election observers", "the grain deal", "customs checks",
    ];

    public static readonly string[] Qualifiers =
    [
        "amid rising tensions", "after weekend protests", "as talks stall", "ahead of the Brussels summit",
        "despite criticism from Moscow", "following Monday’s call", "as winter approaches", "in a surprise move",
        "after months of delay", "under pressure from the West", "before the elections", "as inflation bites",
        "in a closed-door meeting", "after deadly clashes", "as the diaspora watches",
        "despite an opposition boycott", "following a court ruling", "amid an energy crisis",
        "as new data emerges", "after a leaked recording", "ahead of the 9 May celebrations",
        "on the eve of the vote", "as the deadline nears", "after a cabinet reshuffle", "amid drought warnings",
        "in a joint statement", "during a visit to Yerevan", "during talks in Baku", "after reports in Hraparak",
        "while the region watches",
    ];

    public static readonly string[] StandfirstTemplates =
    [
        "{Person} said that {Object} ‘does not contribute to strengthening {Country}’s security’.",
        "The move comes weeks after {Person} met {Person} in {City}, with both sides describing the talks as ‘constructive’.",
        "Critics say the decision on {Object} could cost the country up to {Number} million dollars a year.",
        "{Org} said that {Object} remained ‘a matter of principle’ for {Country}, despite mounting pressure.",
        "Officials in {City} have yet to comment on the decision, which follows a {Percent}% drop in public support.",
        "The announcement on {Object} was met with protests outside the parliament building in {City} on {Weekday}.",
        "Observers warn that the dispute over {Object} could derail the fragile progress made since {Month} {Year}.",
        "Speaking on {Weekday}, {Person} described {Object} as ‘the most pressing issue of our time’.",
    ];

    public static readonly string[] SentenceTemplates =
    [
        "On {Weekday}, {Person}, {Role} of {Country}, held a telephone conversation with {Person} on {Object}.",
        "The {Org} stated that they ‘discussed current issues on the bilateral, regional, and global agendas’.",
        "According to {Outlet}, the talks in {City} lasted more than {Number} hours and ended without a joint statement.",
        "{Person} told reporters in {City} that {Object} would be ‘a priority in the coming months’.",
        "The {Org} said it was ‘closely following’ the situation and urged all sides to show restraint.",
        "Earlier this month, around {Number} people gathered in {City} to protest against {Object}.",
        "The government has allocated {Number} million dollars to {Object}, a {Percent}% increase on last year.",
        "{Person} wrote on X that the meeting had ‘touched upon upcoming engagements in our bilateral political dialogue’.",
        "Speaking to {Outlet}, an analyst based in {City} said the shift was ‘long overdue’.",
        "The decision on {Object} was first reported by {Outlet}, which did not specify the source of its information.",
        "Before this, on {Day} {Month}, political consultations were held in {City}, headed by {Person}.",
        "{Person} also said that relations between {Country} and {Country} ‘have not been interrupted’.",
        "A spokesperson for the {Org} declined to comment when contacted by {Outlet} on {Weekday}.",
        "The opposition has accused the government of ‘selling out’ on {Object} and called for a vote of no confidence.",
        "In {Year}, a similar dispute over {Object} led to weeks of street protests in {City}.",
        "Data published by the {Org} show that {Percent}% of respondents support the current approach to {Object}.",
        "Local residents in {City} told {Outlet} that they had not been consulted about {Object}.",
        "{Person}, {Role} of {Country}, is expected to travel to {City} next week for further talks.",
        "The next round of negotiations on {Object} is scheduled for {Day} {Month} in {City}.",
        "Neither {Country} nor {Country} has publicly commented on the reports.",
        "‘We are able to discuss complex topics, and we are able to agree on complex topics’, {Person} said.",
        "Human rights groups have warned that {Object} could be used to silence critics and independent media.",
        "The {Org} has repeatedly called on {Country} to ‘refrain from steps that could escalate tensions’.",
        "Prices for basic goods in {City} have risen by {Percent}% since {Month}, according to official figures.",
    ];

    /// <summary>Sentences taken from the seed article (quotes kept whole). At most 64: articles track use in a bitmask.</summary>
    public static readonly string[] SeedSentences =
    [
        "Following the freefall in bilateral relations over the past few years, Armenia’s relations with Russia appear to be warming up, with the number of high-level contacts increasing in recent weeks.",
        "On Monday, Armenian Foreign Minister Ararat Mirzoyan held a telephone conversation with his Russian counterpart Sergei Lavrov.",
        "The Russian Foreign Ministry stated that they ‘discussed current issues on the bilateral, regional, and global agendas’.",
        "‘The progress in agreeing on the text of the peace treaty between Yerevan and Baku, which was highly praised in Moscow, was noted. The ministers discussed the schedule and substantive content of the upcoming interstate contacts’.",
        "This marked the second call between Mirzoyan and Lavrov, with the previous one held on 21 March, during which Mirzoyan congratulated Lavrov on his birthday.",
        "Mirzoyan wrote on X that during the call, they ‘touched upon upcoming engagements in our bilateral political dialogue’.",
        "On the same day, Kremlin spokesperson Dmitry Peskov commented on media reports that Armenian Prime Minister Nikol Pashinyan had ‘instructed all his departments to “restore ties” with their Russian colleagues’.",
        "The news was published by Hraparak, an Armenian tabloid media outlet, which did not specify the source of its information.",
        "Peskov noted that Russia is ‘more than satisfied with such a mutual attitude of the Armenian side to the prospects of our bilateral relations and [is] ready to develop them in every possible way’.",
        "Peskov also said that the relations between Russia and Armenia ‘have not been interrupted’ and that they ‘cannot be interrupted’.",
        "‘Armenia is a friendly country for us. It is a sovereign state, but we have a lot in common — bilaterally, historically, and culturally. And in terms of joint participation in such an important integration association as the Eurasian Economic Union’, Peskov said.",
        "‘For a long time, Armenian–Russian relations have become more honest, open, but at the same time based on the principle of mutual respect for sovereignty and independence’, she said.",
        "Before this, on 20 March, political consultations were held between the Armenian and Russian foreign ministries in Moscow, headed by Armenian Deputy Foreign Minister Mnatsakan Safaryan and his Russian counterpart Mikhail Galuzin.",
        "The two sides discussed a ‘broad range of issues’ focused on bilateral relations, including the development of trade and economic cooperation between Armenia and Russia.",
        "Armenia’s relations with Russia have appeared to improve in recent months, following a deterioration over the past few years.",
        "The freefall of the bilateral ties largely began following the lack of support from Russia and the Moscow-led Collective Security Treaty Organisation (CSTO) during the Azerbaijani attacks on Armenia in 2021 and 2022.",
        "Another major reason was the ‘inaction’ of Russian peacekeepers in Nagorno-Karabakh, when Azerbaijan placed the region in a nine-month blockade and forced it to surrender in a culminating lightning offensive in September 2023.",
        "One of the signs that relations were improving came in January, when Mirzoyan and Lavrov held talks in Moscow in ‘a sincere and constructive atmosphere’.",
        "Following the agreement on the text of the peace treaty with Azerbaijan on 13 March, Russian President Vladimir Putin was the first world leader that Pashinyan had a phone call with, ‘informing’ him of the development.",
        "During the same call, according to the Kremlin, Pashinyan confirmed that ‘he accepted the invitation’ of Putin ‘to take part in the 9 May celebrations in Moscow marking the 80th anniversary’ of the USSR’s victory in World War II.",
        "Sona Ghazaryan, an MP from the ruling Civil Contract party, in an interview with CivilNet, stated that there is a ‘change in logic and content’ in bilateral relations with Russia.",
        "Ghazaryan also stated that Armenia ‘should be guided by having minimal enemies and developing interconnectedness with various states’, and that Armenia should not fall ‘from one extreme to the other’.",
        "After the ruling Georgian Dream party claimed victory in the October 2024 elections — which were found by both local and international observers to have had serious violations — and continued its drift away from the West, Armenia was left as the sole state in the region actively pursuing integration with the EU.",
        "With this geopolitical shift, political analysts foresaw a potential shift in Armenia’s pro-Western policy to pursuing more balanced relations with other countries, including with Russia.",
    ];

    public static readonly string[] Authors =
    [
        "Lilit Harutyunyan", "Giorgi Beridze", "Nino Kapanadze", "Aytan Mammadova", "Arman Petrosyan",
        "Tamar Gelashvili", "Rashad Huseynov", "Anush Sargsyan", "Davit Kiknadze", "Leyla Aliyeva",
        "Sona Martirosyan", "Levan Tsiklauri", "Elnur Karimov", "Mariam Grigoryan", "Irakli Lomidze",
        "Gunel Ismayilova", "Hayk Abrahamyan", "Ketevan Chachava", "Samir Guliyev", "Armine Hakobyan",
    ];

    /// <summary>Exactly 30 tags: the site renders one page per tag.</summary>
    public static readonly string[] Tags =
    [
        "Armenia", "Azerbaijan", "Georgia", "Russia", "Turkey", "Iran", "EU", "Nagorno-Karabakh",
        "Abkhazia", "South Ossetia", "Politics", "Elections", "Protests", "Economy", "Energy",
        "Human rights", "Media freedom", "Conflict", "Diplomacy", "Peace process", "Migration",
        "Environment", "Culture", "Religion", "Education", "Health", "Security", "Trade", "Corruption",
        "Opinion",
    ];

    public static readonly string[] Sections = ["Politics", "Conflict", "Economy", "Society", "Culture", "Opinion"];

    /// <summary>Values for the <c>{Slot}</c> placeholders of the templates.</summary>
    public static readonly Dictionary<string, string[]> Slots = new(StringComparer.Ordinal)
    {
        ["Person"] =
        [
            "Ararat Mirzoyan", "Sergei Lavrov", "Nikol Pashinyan", "Jeyhun Bayramov", "Dmitry Peskov",
            "Irakli Kobakhidze", "Salome Zourabichvili", "Hikmet Hajiyev", "Mnatsakan Safaryan",
            "Mikhail Galuzin", "Sona Ghazaryan", "Alen Simonyan", "Kaja Kallas", "Hakan Fidan",
        ],
        ["Role"] = ["Foreign Minister", "Prime Minister", "Deputy Foreign Minister", "Speaker of Parliament", "President", "Security Council Secretary"],
        ["Country"] = ["Armenia", "Azerbaijan", "Georgia", "Russia", "Turkey", "Iran", "France", "the US"],
        ["City"] = ["Yerevan", "Baku", "Tbilisi", "Moscow", "Brussels", "Ankara", "Batumi", "Gyumri", "Ganja", "Kutaisi", "Sukhumi", "Tskhinvali"],
        ["Org"] = ["Russian Foreign Ministry", "Armenian Foreign Ministry", "European Commission", "OSCE", "Georgian Interior Ministry", "Azerbaijani Presidential Administration", "World Bank", "Central Election Commission", "Public Defender’s Office"],
        ["Outlet"] = ["Hraparak", "CivilNet", "Interpressnews", "Turan", "Azatutyun", "Armenpress", "APA", "Formula TV"],
        ["Weekday"] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        ["Month"] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["Day"] = ["1", "3", "5", "8", "11", "13", "16", "20", "21", "24", "27", "30"],
        ["Year"] = ["2018", "2020", "2021", "2022", "2023"],
        ["Number"] = ["two", "three", "five", "12", "40", "150", "300", "2,000", "10,000"],
        ["Percent"] = ["4", "7", "12", "18", "25", "31", "43", "60"],
        ["Object"] = Objects,
    };
}
