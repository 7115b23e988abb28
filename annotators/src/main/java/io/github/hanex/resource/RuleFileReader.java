package io.github.hanex.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a plain-text rule file the way every hanex rule file is read: strictly as UTF-8 (a stray byte is an
 * error, not a replacement character), {@code #} starts a comment line, blank lines are skipped, fields are
 * separated by tabs. Each line keeps its 1-based number so errors and rule ids can point at it.
 */
public final class RuleFileReader {

    /** One content line of a rule file. */
    public record Line(String file, int number, String text) {
        /** Tab-separated fields, trimmed; trailing empty fields kept. */
        public String[] fields() {
            String[] parts = text.split("\t", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip();
            }
            return parts;
        }

        /** Fields, requiring at least {@code min} of them. */
        public String[] fields(int min, String expected) {
            String[] parts = fields();
            if (parts.length < min || Arrays.stream(parts).limit(min).anyMatch(String::isEmpty)) {
                throw error("expected " + expected + " (tab-separated), got: " + text);
            }
            return parts;
        }

        /** The rule id of this line: {@code file:line}. */
        public String ruleId() {
            return file + ":" + number;
        }

        public RuleFileException error(String reason) {
            return new RuleFileException(file, number, reason);
        }
    }

    private RuleFileReader() {
    }

    /** Reads the content lines of a location (see {@link Locations}); the file name in ids is its short name. */
    public static List<Line> read(String location) {
        String name = Locations.shortName(location);
        try (InputStream in = Locations.open(location)) {
            return parse(name, in.readAllBytes());
        } catch (IOException e) {
            throw new RuleFileException(location, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the bytes of a rule file named {@code name}. */
    public static List<Line> parse(String name, byte[] bytes) {
        String[] lines = decode(name, bytes).split("\r?\n|\r", -1);
        List<Line> result = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            result.add(new Line(name, i + 1, text));
        }
        return result;
    }

    private static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Find the line of the first bad byte so the message points at it.
            int line = 1;
            CharsetDecoder probe = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            probe.decode(ByteBuffer.wrap(bytes), out, true);
            out.flip();
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                }
            }
            throw new RuleFileException(name, line, "not valid UTF-8 (rule files must be saved as UTF-8)", e);
        }
    }

    /** Convenience for tests and callers holding text. */
    public static List<Line> parse(String name, String text) {
        return parse(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
