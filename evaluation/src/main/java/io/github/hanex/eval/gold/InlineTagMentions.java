package io.github.hanex.eval.gold;

import io.github.hanex.eval.DocumentTexts;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.TypeMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sentences with inline tags {@code <text:TYPE>}. Two layouts: the KMOU NER corpus (a {@code ;} line with
 * the raw sentence, a {@code $} line with the tagged sentence, then morpheme lines, which are ignored), or one
 * tagged sentence per line when no line starts with {@code $}. Sentences are numbered from 1 in file order;
 * sentence n of {@code ner.dev} is the document {@code ner.dev#n}, whose text is the sentence without its tags.
 */
public final class InlineTagMentions {

    /** {@code <text:TYPE>}; the text is everything up to the last colon. */
    static final Pattern TAG = Pattern.compile("<([^<>]*):([A-Za-z][A-Za-z0-9_-]*)>");

    private InlineTagMentions() {
    }

    /** A sentence without its tags, and its entities. */
    record Tagged(String text, List<Entity> entities) {
    }

    /** A tagged entity. */
    record Entity(int begin, int end, String type) {
    }

    public static MentionSet read(Path file, TypeMap types) throws IOException {
        return read(GoldFiles.readLines(file), file.getFileName().toString(), types);
    }

    static MentionSet read(List<String> lines, String name, TypeMap types) {
        MentionSet set = new MentionSet(name, true);
        DocumentTexts texts = new DocumentTexts();
        boolean kmou = lines.stream().anyMatch(l -> l.startsWith("$"));
        String raw = null;
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String taggedLine;
            if (kmou) {
                if (line.startsWith(";")) {
                    raw = line.startsWith("; ") ? line.substring(2) : line.substring(1);
                    continue;
                }
                if (!line.startsWith("$")) {
                    continue;
                }
                taggedLine = line.substring(1);
            } else {
                if (line.isBlank()) {
                    continue;
                }
                taggedLine = line;
            }
            n++;
            String docId = name + "#" + n;
            Tagged tagged = parse(taggedLine);
            if (raw != null && !raw.equals(tagged.text())) {
                set.warn(name + ":" + (i + 1) + ": the tagged sentence differs from its ';' line; using the tagged one");
            }
            raw = null;
            set.addDocument(docId);
            texts.put(docId, tagged.text(), tagged.text());
            for (Entity e : tagged.entities()) {
                var type = types.map(e.type());
                if (type.isEmpty()) {
                    set.ignoreType(e.type());
                    continue;
                }
                Span span = new Span(e.begin(), e.end());
                set.add(new Mention(docId, type.get(), span, span, tagged.text().substring(e.begin(), e.end()),
                    Map.of()));
            }
        }
        set.setTexts(texts);
        return set;
    }

    /** Strips the tags of one sentence, keeping where each entity was. */
    static Tagged parse(String tagged) {
        StringBuilder plain = new StringBuilder(tagged.length());
        List<Entity> entities = new ArrayList<>();
        Matcher m = TAG.matcher(tagged);
        int last = 0;
        while (m.find()) {
            plain.append(tagged, last, m.start());
            int begin = plain.length();
            plain.append(m.group(1));
            entities.add(new Entity(begin, plain.length(), m.group(2)));
            last = m.end();
        }
        plain.append(tagged, last, tagged.length());
        return new Tagged(plain.toString(), entities);
    }
}
