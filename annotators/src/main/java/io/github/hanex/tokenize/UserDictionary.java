package io.github.hanex.tokenize;

import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words the analyzer must keep whole, read from hanex user dictionary files: one entry a line,
 * {@code word<TAB>POS} (POS defaults to NNP), UTF-8, {@code #} comments. Read and validated here rather than by
 * KOMORAN, which reads its user dictionary in the platform charset and swallows errors.
 */
public final class UserDictionary {

    /** One entry; {@code rule} is the file and line it came from. */
    public record Entry(String word, String pos, String rule) {
    }

    /** Tags a user entry may carry (nouns, names and a few closed classes). */
    static final Set<String> ALLOWED_TAGS = Set.of(SejongTags.NNG, SejongTags.NNP, SejongTags.NNB, SejongTags.NP,
        SejongTags.NR, SejongTags.SL, SejongTags.SH, SejongTags.SN, SejongTags.MAG, SejongTags.MM, SejongTags.VV,
        SejongTags.VA, SejongTags.XR, SejongTags.IC);

    /** Files with this ending are person/organization gazetteers, read for their names. */
    public static final String GAZETTEER_SUFFIX = ".gaz.tsv";

    private final List<Entry> entries;

    private UserDictionary(List<Entry> entries) {
        this.entries = Collections.unmodifiableList(entries);
    }

    public static UserDictionary empty() {
        return new UserDictionary(List.of());
    }

    /** Loads and merges dictionaries from locations (see {@code Locations}); a later entry for a word wins. */
    public static UserDictionary load(String... locations) {
        Map<String, Entry> byWord = new LinkedHashMap<>();
        if (locations != null) {
            for (String location : locations) {
                boolean gazetteer = location.endsWith(GAZETTEER_SUFFIX);
                for (RuleFileReader.Line line : RuleFileReader.read(location)) {
                    Entry entry = gazetteer ? fromGazetteer(line) : parse(line);
                    if (entry != null) {
                        byWord.put(entry.word(), entry);
                    }
                }
            }
        }
        return new UserDictionary(new ArrayList<>(byWord.values()));
    }

    /**
     * A name from a person/organization gazetteer ({@code surface<TAB>type...}, see rules/README.md) as a proper
     * noun; names with spaces or symbols, without Hangul, or of one syllable are left to the analyzer.
     */
    static Entry fromGazetteer(RuleFileReader.Line line) {
        String surface = line.fields()[0];
        if (surface.length() < 2 || !surface.matches("[0-9A-Za-z\\uAC00-\\uD7A3]+")
            || surface.chars().noneMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
            return null;
        }
        return new Entry(surface, SejongTags.NNP, line.ruleId());
    }

    static Entry parse(RuleFileReader.Line line) {
        String[] fields = line.fields();
        String word = fields[0];
        String pos = fields.length > 1 && !fields[1].isEmpty() ? fields[1] : SejongTags.NNP;
        if (word.isEmpty()) {
            throw line.error("empty word");
        }
        if (word.chars().anyMatch(Character::isWhitespace)) {
            throw line.error("a user dictionary word cannot contain white space: '" + word + "'");
        }
        if (!ALLOWED_TAGS.contains(pos)) {
            throw line.error("unknown or unsupported POS tag '" + pos + "' (allowed: " + ALLOWED_TAGS + ")");
        }
        if (fields.length > 2) {
            throw line.error("expected word<TAB>POS, got " + fields.length + " fields");
        }
        return new Entry(word, pos, line.ruleId());
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
