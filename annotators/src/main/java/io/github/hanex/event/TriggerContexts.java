package io.github.hanex.event;

import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contexts in which a trigger word does not express an event.
 *
 * <p>Stop phrases (one per line, literal text, a space matches any white space): a trigger inside an
 * occurrence is dropped ({@code 투자자}, {@code 투자 여력}, {@code 공급망}). Compound heads (one lemma per line):
 * a trigger noun followed in the same eojeol by another noun is the modifier of a compound and dropped
 * ({@code 협력}+{@code 업체}, {@code 투자}+{@code 증권}) unless that noun is a compound head listed here
 * ({@code 투자}+{@code 계획}) or a trigger itself.
 */
public final class TriggerContexts {

    /** A stop phrase: its first word (a text without it cannot hold the phrase) and its pattern. */
    private record StopPhrase(String firstWord, Pattern pattern) {
    }

    private final List<StopPhrase> stopPhrases;
    private final Set<String> compoundHeads;

    private TriggerContexts(List<StopPhrase> stopPhrases, Set<String> compoundHeads) {
        this.stopPhrases = stopPhrases;
        this.compoundHeads = compoundHeads;
    }

    public static TriggerContexts load(String stopPhrasesLocation, String compoundHeadsLocation) {
        List<StopPhrase> phrases = new ArrayList<>();
        for (RuleFileReader.Line line : RuleFileReader.read(stopPhrasesLocation)) {
            String phrase = line.fields(1, "a phrase")[0];
            StringBuilder regex = new StringBuilder();
            String[] words = phrase.split("\\s+");
            for (String word : words) {
                if (regex.length() > 0) {
                    regex.append("\\s+");
                }
                regex.append(Pattern.quote(word));
            }
            phrases.add(new StopPhrase(words[0], Pattern.compile(regex.toString())));
        }
        Set<String> heads = new HashSet<>();
        for (RuleFileReader.Line line : RuleFileReader.read(compoundHeadsLocation)) {
            String[] f = line.fields(1, "a lemma");
            if (f.length > 1 && !f[1].isEmpty()) {
                throw line.error("expected one lemma per line, got: " + line.text());
            }
            heads.add(f[0]);
        }
        return new TriggerContexts(phrases, heads);
    }

    /** Character ranges of stop-phrase occurrences in {@code text}, offset by {@code offset}. */
    public List<int[]> stopRanges(String text, int offset) {
        List<int[]> ranges = new ArrayList<>();
        for (StopPhrase p : stopPhrases) {
            if (!text.contains(p.firstWord())) {
                continue; // much cheaper than the regular expression's search
            }
            Matcher m = p.pattern().matcher(text);
            while (m.find()) {
                ranges.add(new int[] {offset + m.start(), offset + m.end()});
            }
        }
        return ranges;
    }

    public boolean isCompoundHead(String lemma) {
        return compoundHeads.contains(lemma);
    }
}
