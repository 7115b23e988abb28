package io.github.hanex.event;

import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The event trigger lexicon: which morpheme patterns express which event type. Read from a rule file with
 * lines {@code TYPE<TAB>PATTERN[<TAB>OPTIONS]}; event types are whatever the file names, so a new type is a
 * new line. Options, comma-separated: {@code weak} (dropped when another trigger is in the same clause, as
 * {@code 체결} next to {@code 계약}), {@code after=TYPE} (an annotation of that type must end right where the
 * trigger begins: {@code 미국}+{@code 행}), {@code near=TYPE} (one must end in the trigger's eojeol or the one
 * before), {@code with=TYPE} (one must be in the trigger's clause: {@code 투입} of money, not of staff),
 * {@code exact} (no compound-noun matching).
 */
public final class TriggerLexicon {

    /** One lexicon line. */
    public record Entry(String eventType, MorphemePattern pattern, boolean weak, boolean exact, String after,
                        String near, String with, String rule) {
        /** The lemma written into {@code EventTrigger.lemma}: the pattern as written. */
        public String lemma() {
            return pattern.text();
        }
    }

    private final List<Entry> entries;

    private TriggerLexicon(List<Entry> entries) {
        this.entries = Collections.unmodifiableList(entries);
    }

    public static TriggerLexicon load(String location) {
        return parse(RuleFileReader.read(location));
    }

    static TriggerLexicon parse(List<RuleFileReader.Line> lines) {
        List<Entry> entries = new ArrayList<>();
        for (RuleFileReader.Line line : lines) {
            String[] f = line.fields(2, "TYPE<TAB>PATTERN[<TAB>OPTIONS]");
            String type = f[0];
            if (!type.matches("[A-Z][A-Z0-9_]*")) {
                throw line.error("event type must be upper-case letters, digits or _: '" + type + "'");
            }
            MorphemePattern pattern;
            try {
                pattern = MorphemePattern.parse(f[1]);
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            boolean weak = false;
            boolean exact = false;
            String after = null;
            String near = null;
            String with = null;
            if (f.length > 2 && !f[2].isEmpty()) {
                for (String option : f[2].split(",")) {
                    String o = option.strip();
                    String key = o.contains("=") ? o.substring(0, o.indexOf('=')).strip() : o;
                    String value = o.contains("=") ? o.substring(o.indexOf('=') + 1).strip() : null;
                    switch (key.toLowerCase(Locale.ROOT)) {
                        case "weak" -> weak = true;
                        case "exact" -> exact = true;
                        case "after" -> after = requireValue(line, key, value);
                        case "near" -> near = requireValue(line, key, value);
                        case "with" -> with = requireValue(line, key, value);
                        default -> throw line.error(
                            "unknown option '" + o + "' (weak, exact, after=TYPE, near=TYPE, with=TYPE)");
                    }
                }
            }
            if (f.length > 3) {
                throw line.error("expected at most 3 fields, got " + f.length);
            }
            entries.add(new Entry(type, pattern, weak, exact, after, near, with, line.ruleId()));
        }
        return new TriggerLexicon(entries);
    }

    private static String requireValue(RuleFileReader.Line line, String key, String value) {
        if (value == null || value.isEmpty()) {
            throw line.error("option " + key + " needs a type name: " + key + "=Location");
        }
        return value;
    }

    public List<Entry> entries() {
        return entries;
    }
}
