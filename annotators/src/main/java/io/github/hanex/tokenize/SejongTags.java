package io.github.hanex.tokenize;

import java.util.Set;

/**
 * The Sejong part-of-speech tags of hanex's morphemes ({@code Morpheme.pos}), named once. KOMORAN writes them;
 * Nori's tags are mapped to them by {@code rules/tagmaps/nori-sejong.map}. A tag's class is told by its first
 * letters (nouns {@code NN}, predicates {@code V}, particles {@code J}, endings {@code E}, affixes {@code X},
 * symbols {@code S}), which the class tests below use: a mapped tag that lands on the most frequent tag of its class
 * ({@code E} of Nori is {@link #EC}) still answers for the class.
 */
public final class SejongTags {
    /** Common noun. */
    public static final String NNG = "NNG";
    /** Proper noun. */
    public static final String NNP = "NNP";
    /** Bound noun (것, 수, 등). */
    public static final String NNB = "NNB";
    /** Pronoun. */
    public static final String NP = "NP";
    /** Numeral (word). */
    public static final String NR = "NR";

    /** Verb. */
    public static final String VV = "VV";
    /** Adjective. */
    public static final String VA = "VA";
    /** Auxiliary predicate. */
    public static final String VX = "VX";
    /** Positive copula (이다). */
    public static final String VCP = "VCP";
    /** Negative copula (아니다). */
    public static final String VCN = "VCN";

    /** Determiner. */
    public static final String MM = "MM";
    /** General adverb. */
    public static final String MAG = "MAG";
    /** Conjunctive adverb. */
    public static final String MAJ = "MAJ";
    /** Interjection. */
    public static final String IC = "IC";

    /** Subject case particle. */
    public static final String JKS = "JKS";
    /** Complement case particle. */
    public static final String JKC = "JKC";
    /** Genitive case particle (의). */
    public static final String JKG = "JKG";
    /** Object case particle. */
    public static final String JKO = "JKO";
    /** Adverbial case particle. */
    public static final String JKB = "JKB";
    /** Vocative case particle. */
    public static final String JKV = "JKV";
    /** Quotative case particle. */
    public static final String JKQ = "JKQ";
    /** Auxiliary particle (은, 는, 도, 만). */
    public static final String JX = "JX";
    /** Conjunctive particle (와, 과). */
    public static final String JC = "JC";

    /** Pre-final ending (tense, honorific: 었, 시). */
    public static final String EP = "EP";
    /** Final ending. */
    public static final String EF = "EF";
    /** Connective ending. */
    public static final String EC = "EC";
    /** Nominalizing ending. */
    public static final String ETN = "ETN";
    /** Adnominal ending (ㄴ, 은, 는, 을). */
    public static final String ETM = "ETM";

    /** Noun prefix. */
    public static final String XPN = "XPN";
    /** Noun suffix (들, 측, 행). */
    public static final String XSN = "XSN";
    /** Verb-deriving suffix (하 of 체결하다). */
    public static final String XSV = "XSV";
    /** Adjective-deriving suffix. */
    public static final String XSA = "XSA";
    /** Root. */
    public static final String XR = "XR";

    /** Sentence-final punctuation. */
    public static final String SF = "SF";
    /** Comma, colon, slash, middle dot. */
    public static final String SP = "SP";
    /** Quotes and brackets. */
    public static final String SS = "SS";
    /** Ellipsis. */
    public static final String SE = "SE";
    /** Dash, tilde. */
    public static final String SO = "SO";
    /** Other symbols. */
    public static final String SW = "SW";
    /** Foreign (Latin) word. */
    public static final String SL = "SL";
    /** Hanja. */
    public static final String SH = "SH";
    /** Number. */
    public static final String SN = "SN";

    /** Unknown: noun-like. */
    public static final String NF = "NF";
    /** Unknown: predicate-like. */
    public static final String NV = "NV";
    /** Unknown, not analyzable. */
    public static final String NA = "NA";

    /** Every tag above. */
    public static final Set<String> ALL = Set.of(NNG, NNP, NNB, NP, NR, VV, VA, VX, VCP, VCN, MM, MAG, MAJ, IC, JKS,
        JKC, JKG, JKO, JKB, JKV, JKQ, JX, JC, EP, EF, EC, ETN, ETM, XPN, XSN, XSV, XSA, XR, SF, SP, SS, SE, SO, SW, SL,
        SH, SN, NF, NV, NA);

    /** Punctuation and other symbols: the {@code S} tags but foreign words, Hanja and numbers. */
    public static final Set<String> PUNCTUATION = Set.of(SF, SP, SS, SE, SO, SW);

    private SejongTags() {
    }

    /** A noun: {@link #NNG}, {@link #NNP}, {@link #NNB} (a tag beginning with {@code NN}). */
    public static boolean isNoun(String tag) {
        return tag.startsWith("NN");
    }

    /** A common or proper noun, the nouns names and trigger words are made of. */
    public static boolean isCommonOrProperNoun(String tag) {
        return tag.equals(NNG) || tag.equals(NNP);
    }

    /** A predicate: verb, adjective, auxiliary or copula (a tag beginning with {@code V}). */
    public static boolean isPredicate(String tag) {
        return tag.startsWith("V");
    }

    /** A particle (a tag beginning with {@code J}). */
    public static boolean isParticle(String tag) {
        return tag.startsWith("J");
    }

    /** An ending (a tag beginning with {@code E}). */
    public static boolean isEnding(String tag) {
        return tag.startsWith("E");
    }

    /**
     * A symbol as Sejong counts them (a tag beginning with {@code S}): punctuation, and also foreign words, Hanja and
     * numbers.
     */
    public static boolean isSymbol(String tag) {
        return tag.startsWith("S");
    }
}
