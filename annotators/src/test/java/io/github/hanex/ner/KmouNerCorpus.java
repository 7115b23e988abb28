package io.github.hanex.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the KMOU NER corpus format (../shared/data/kmou-ner): per sentence a {@code ;} line with the raw text and
 * a {@code $} line with inline tags {@code <text:TYPE>}; morpheme lines are ignored.
 */
final class KmouNerCorpus {

    /** A gold mention: character offsets in the sentence text and the KMOU type (PS, OG, LC, DT, TI). */
    record Gold(int begin, int end, String type, String text) {
    }

    /** One sentence: its text (the tagged line without tags) and its gold mentions. */
    record Sentence(String text, List<Gold> gold) {
    }

    private static final Pattern TAG = Pattern.compile("<([^<>:]+(?::[^<>:]+)*?):([A-Z]{2})>");

    private KmouNerCorpus() {
    }

    static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("$")) {
                sentences.add(parseTagged(line.substring(1)));
            }
        }
        return sentences;
    }

    /** Strips the tags of a {@code $} line, keeping the offsets of each tagged span. */
    static Sentence parseTagged(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher m = TAG.matcher(tagged);
        int last = 0;
        while (m.find()) {
            text.append(tagged, last, m.start());
            int begin = text.length();
            text.append(m.group(1));
            gold.add(new Gold(begin, text.length(), m.group(2), m.group(1)));
            last = m.end();
        }
        text.append(tagged.substring(last));
        return new Sentence(text.toString(), gold);
    }
}
