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

/**
 * Reads CoNLL-style BIO files: one token per line, the token in the first column and the tag in the last
 * (tab-separated, or whitespace-separated when a line has no tab), a blank line between sentences.
 * Tags: {@code O}, {@code B-X}, {@code I-X} (also {@code B_X}, BIOES {@code E-X}/{@code S-X}, and a bare
 * {@code X} read as {@code I-X}); an {@code I-X} that does not continue an X starts one (as conlleval does).
 * {@code -DOCSTART-} lines and {@code #} comment lines are skipped; a {@code ## ID} or {@code # sent_id = ID}
 * comment names the next sentence. Token-level text joins the tokens with one space; character-level text
 * concatenates them (auto: character level when every token is one character). Sentences are numbered from 1;
 * sentence n of {@code dev.bio} is the document {@code dev.bio#n} unless a comment names it.
 */
public final class BioMentions {

    /** How tokens make up the sentence text. */
    public enum Level {
        /** Character level when every token is a single character, else token level. */
        AUTO,
        /** Tokens joined by one space. */
        TOKEN,
        /** Tokens concatenated (one character per line; a space is a line whose token is a space). */
        CHAR
    }

    private record Token(String text, String tag, int line) {
    }

    private record Sentence(String id, List<Token> tokens) {
    }

    private BioMentions() {
    }

    public static MentionSet read(Path file, TypeMap types, Level level) throws IOException {
        return read(GoldFiles.readLines(file), file.getFileName().toString(), types, level);
    }

    static MentionSet read(List<String> lines, String name, TypeMap types, Level level) {
        MentionSet set = new MentionSet(name, true);
        List<Sentence> sentences = sentences(lines, name, set);
        boolean chars = level == Level.CHAR || level == Level.AUTO && !sentences.isEmpty()
            && sentences.stream().flatMap(s -> s.tokens().stream())
                .allMatch(t -> t.text().codePointCount(0, t.text().length()) == 1);
        DocumentTexts texts = new DocumentTexts();
        for (Sentence s : sentences) {
            build(s, chars, types, set, texts);
        }
        set.setTexts(texts);
        return set;
    }

    private static List<Sentence> sentences(List<String> lines, String name, MentionSet set) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        String id = null;
        int n = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            boolean comment = line.startsWith("#") && (line.length() == 1 || line.charAt(1) != '\t');
            boolean boundary = line.isBlank() || line.startsWith("-DOCSTART-");
            if ((boundary || comment && !tokens.isEmpty()) && !tokens.isEmpty()) {
                n++;
                sentences.add(new Sentence(id != null ? id : name + "#" + n, tokens));
                tokens = new ArrayList<>();
                id = null;
            }
            if (boundary) {
                continue;
            }
            if (comment) {
                String named = sentenceId(line);
                if (named != null) {
                    id = named;
                }
                continue;
            }
            String token;
            String tag;
            if (line.indexOf('\t') >= 0) {
                String[] fields = line.split("\t", -1);
                token = fields[0];
                tag = lastNonEmpty(fields);
            } else {
                String[] fields = line.strip().split("\\s+");
                token = fields[0];
                tag = fields.length > 1 ? fields[fields.length - 1] : "";
            }
            if (tag.isEmpty()) {
                set.warn(name + ":" + (i + 1) + ": no tag; read as O");
                tag = "O";
            }
            tokens.add(new Token(token, tag, i + 1));
        }
        return sentences;
    }

    private static String sentenceId(String comment) {
        if (comment.startsWith("## ")) {
            String rest = comment.substring(3);
            int tab = rest.indexOf('\t');
            String id = (tab >= 0 ? rest.substring(0, tab) : rest).strip();
            return id.isEmpty() ? null : id;
        }
        String body = comment.substring(1).strip();
        for (String key : new String[] {"sent_id", "id"}) {
            if (body.startsWith(key)) {
                String rest = body.substring(key.length()).strip();
                if (rest.startsWith("=") || rest.startsWith(":")) {
                    String id = rest.substring(1).strip();
                    return id.isEmpty() ? null : id;
                }
            }
        }
        return null;
    }

    private static String lastNonEmpty(String[] fields) {
        for (int i = fields.length - 1; i > 0; i--) {
            if (!fields[i].isBlank()) {
                return fields[i].strip();
            }
        }
        return "";
    }

    private static void build(Sentence s, boolean chars, TypeMap types, MentionSet set, DocumentTexts texts) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<String> spanTypes = new ArrayList<>();
        String current = null;
        for (Token t : s.tokens()) {
            if (!chars && text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(t.text());
            int end = text.length();
            String tag = t.tag();
            char prefix = 'I';
            String type = tag;
            if (tag.equals("O")) {
                current = null;
                continue;
            }
            if (tag.length() > 2 && (tag.charAt(1) == '-' || tag.charAt(1) == '_')
                && "BIESLU".indexOf(tag.charAt(0)) >= 0) {
                prefix = tag.charAt(0);
                type = tag.substring(2);
            }
            boolean continues = current != null && current.equals(type) && (prefix == 'I' || prefix == 'E'
                || prefix == 'L');
            if (continues) {
                spans.get(spans.size() - 1)[1] = end;
            } else {
                spans.add(new int[] {begin, end});
                spanTypes.add(type);
            }
            current = prefix == 'E' || prefix == 'L' || prefix == 'S' || prefix == 'U' ? null : type;
        }
        String sentence = text.toString();
        set.addDocument(s.id());
        texts.put(s.id(), sentence, sentence);
        for (int i = 0; i < spans.size(); i++) {
            var type = types.map(spanTypes.get(i));
            if (type.isEmpty()) {
                set.ignoreType(spanTypes.get(i));
                continue;
            }
            Span span = new Span(spans.get(i)[0], spans.get(i)[1]);
            set.add(new Mention(s.id(), type.get(), span, span, sentence.substring(span.begin(), span.end()),
                Map.of()));
        }
    }
}
