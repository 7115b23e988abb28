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
    static final Set<String> ALLOWED_TAGS = Set.of("NNG", "NNP", "NNB", "NP", "NR", "SL", "SH", "SN", "MAG", "MM",
        "VV", "VA", "XR", "IC");

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
                for (RuleFileReader.Line line : RuleFileReader.read(location)) {
                    Entry entry = parse(line);
                    byWord.put(entry.word(), entry);
                }
            }
        }
        return new UserDictionary(new ArrayList<>(byWord.values()));
    }

    static Entry parse(RuleFileReader.Line line) {
        String[] fields = line.fields();
        String word = fields[0];
        String pos = fields.length > 1 && !fields[1].isEmpty() ? fields[1] : "NNP";
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
