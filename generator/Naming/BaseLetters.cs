using System.Collections.Generic;

namespace StaticNews.Generator.Naming;

/// <summary>
/// Letters with diacritics and their base letters ("é" → 'e', "ệ" → 'e', Greek "ά" → 'α'), and the combining
/// sequences that make a letter the transliteration table knows whole ("и" + U+0306 → "й"). A table, not
/// string.Normalize: with InvariantGlobalization (as the site runs) .NET does not normalize non-ASCII text at all,
/// while the generator runs inside the compiler with ICU; slugs must come out the same in both.
/// </summary>
/// <remarks>
/// The letters are every character of the Basic Multilingual Plane whose canonical decomposition (Unicode's FormD) is
/// a Latin, Greek or Cyrillic letter followed only by combining marks, or that letter alone, taken from ICU's FormD
/// once; the same rule the transliteration followed with string.Normalize.
/// </remarks>
public static class BaseLetters
{
    private static readonly Dictionary<char, char> Bases = BuildBases();

    private static readonly Dictionary<(char Letter, char Mark), char> Compositions = new()
    {
        [('е', '\u0308')] = 'ё', [('Е', '\u0308')] = 'Ё',
        [('и', '\u0306')] = 'й', [('И', '\u0306')] = 'Й',
        [('і', '\u0308')] = 'ї', [('І', '\u0308')] = 'Ї',
        [('у', '\u0306')] = 'ў', [('У', '\u0306')] = 'Ў',
        [('г', '\u0301')] = 'ѓ', [('Г', '\u0301')] = 'Ѓ',
        [('к', '\u0301')] = 'ќ', [('К', '\u0301')] = 'Ќ',
    };

    /// <summary>The base letter of a letter with diacritics; false for any other character.</summary>
    public static bool TryGetBase(char letter, out char baseLetter) => Bases.TryGetValue(letter, out baseLetter);

    /// <summary>The single letter that <paramref name="letter"/> followed by the combining <paramref name="mark"/> writes, where the transliteration table knows that letter whole.</summary>
    public static bool TryCompose(char letter, char mark, out char composed) => Compositions.TryGetValue((letter, mark), out composed);

    private static Dictionary<char, char> BuildBases()
    {
        var bases = new Dictionary<char, char>();
        void Add(char baseLetter, string letters)
        {
            foreach (var letter in letters)
            {
                bases[letter] = baseLetter;
            }
        }

        Add('A', "ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦḀẠẢẤẦẨẪẬẮẰẲẴẶÅ");
        Add('B', "ḂḄḆ");
        Add('C', "ÇĆĈĊČḈ");
        Add('D', "ĎḊḌḎḐḒ");
        Add('E', "ÈÉÊËĒĔĖĘĚȄȆȨḔḖḘḚḜẸẺẼẾỀỂỄỆ");
        Add('F', "Ḟ");
        Add('G', "ĜĞĠĢǦǴḠ");
        Add('H', "ĤȞḢḤḦḨḪ");
        Add('I', "ÌÍÎÏĨĪĬĮİǏȈȊḬḮỈỊ");
        Add('J', "Ĵ");
        Add('K', "ĶǨḰḲḴK");
        Add('L', "ĹĻĽḶḸḺḼ");
        Add('M', "ḾṀṂ");
        Add('N', "ÑŃŅŇǸṄṆṈṊ");
        Add('O', "ÒÓÔÕÖŌŎŐƠǑǪǬȌȎȪȬȮȰṌṎṐṒỌỎỐỒỔỖỘỚỜỞỠỢ");
        Add('P', "ṔṖ");
        Add('R', "ŔŖŘȐȒṘṚṜṞ");
        Add('S', "ŚŜŞŠȘṠṢṤṦṨ");
        Add('T', "ŢŤȚṪṬṮṰ");
        Add('U', "ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖṲṴṶṸṺỤỦỨỪỬỮỰ");
        Add('V', "ṼṾ");
        Add('W', "ŴẀẂẄẆẈ");
        Add('X', "ẊẌ");
        Add('Y', "ÝŶŸȲẎỲỴỶỸ");
        Add('Z', "ŹŻŽẐẒẔ");
        Add('a', "àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ");
        Add('b', "ḃḅḇ");
        Add('c', "çćĉċčḉ");
        Add('d', "ďḋḍḏḑḓ");
        Add('e', "èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ");
        Add('f', "ḟ");
        Add('g', "ĝğġģǧǵḡ");
        Add('h', "ĥȟḣḥḧḩḫẖ");
        Add('i', "ìíîïĩīĭįǐȉȋḭḯỉị");
        Add('j', "ĵǰ");
        Add('k', "ķǩḱḳḵ");
        Add('l', "ĺļľḷḹḻḽ");
        Add('m', "ḿṁṃ");
        Add('n', "ñńņňǹṅṇṉṋ");
        Add('o', "òóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ");
        Add('p', "ṕṗ");
        Add('r', "ŕŗřȑȓṙṛṝṟ");
        Add('s', "śŝşšșṡṣṥṧṩ");
        Add('t', "ţťțṫṭṯṱẗ");
        Add('u', "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự");
        Add('v', "ṽṿ");
        Add('w', "ŵẁẃẅẇẉẘ");
        Add('x', "ẋẍ");
        Add('y', "ýÿŷȳẏẙỳỵỷỹ");
        Add('z', "źżžẑẓẕ");
        Add('Æ', "ǢǼ");
        Add('Ø', "Ǿ");
        Add('æ', "ǣǽ");
        Add('ø', "ǿ");
        Add('Α', "ΆἈἉἊἋἌἍἎἏᾈᾉᾊᾋᾌᾍᾎᾏᾸᾹᾺΆᾼ");
        Add('Ε', "ΈἘἙἚἛἜἝῈΈ");
        Add('Η', "ΉἨἩἪἫἬἭἮἯᾘᾙᾚᾛᾜᾝᾞᾟῊΉῌ");
        Add('Ι', "ΊΪἸἹἺἻἼἽἾἿῘῙῚΊ");
        Add('Ο', "ΌὈὉὊὋὌὍῸΌ");
        Add('Ρ', "Ῥ");
        Add('Υ', "ΎΫὙὛὝὟῨῩῪΎ");
        Add('Ω', "ΏὨὩὪὫὬὭὮὯᾨᾩᾪᾫᾬᾭᾮᾯῺΏῼ");
        Add('α', "άἀἁἂἃἄἅἆἇὰάᾀᾁᾂᾃᾄᾅᾆᾇᾰᾱᾲᾳᾴᾶᾷ");
        Add('ε', "έἐἑἒἓἔἕὲέ");
        Add('η', "ήἠἡἢἣἤἥἦἧὴήᾐᾑᾒᾓᾔᾕᾖᾗῂῃῄῆῇ");
        Add('ι', "ΐίϊἰἱἲἳἴἵἶἷὶίιῐῑῒΐῖῗ");
        Add('ο', "όὀὁὂὃὄὅὸό");
        Add('ρ', "ῤῥ");
        Add('υ', "ΰϋύὐὑὒὓὔὕὖὗὺύῠῡῢΰῦῧ");
        Add('ω', "ώὠὡὢὣὤὥὦὧὼώᾠᾡᾢᾣᾤᾥᾦᾧῲῳῴῶῷ");
        Add('А', "ӐӒ");
        Add('Е', "ЀӖ");
        Add('Ж', "ӁӜ");
        Add('З', "Ӟ");
        Add('И', "ЍӢӤ");
        Add('О', "Ӧ");
        Add('У', "ӮӰӲ");
        Add('Ч', "Ӵ");
        Add('Ы', "Ӹ");
        Add('Э', "Ӭ");
        Add('а', "ӑӓ");
        Add('е', "ѐӗ");
        Add('ж', "ӂӝ");
        Add('з', "ӟ");
        Add('и', "ѝӣӥ");
        Add('о', "ӧ");
        Add('у', "ӯӱӳ");
        Add('ч', "ӵ");
        Add('ы', "ӹ");
        Add('э', "ӭ");

        return bases;
    }
}
