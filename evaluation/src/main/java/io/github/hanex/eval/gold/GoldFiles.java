package io.github.hanex.eval.gold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reading the text and CSV files of gold and prediction sets, with messages that name the file, the line and
 * what to do: a file that is not UTF-8 (a CP949 export from a spreadsheet, say), a quoted CSV field that is not
 * closed, text after a closing quote.
 */
public final class GoldFiles {

    private static final Pattern CSV_START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    private static final Pattern CSV_AT_LINE = Pattern.compile("at line: (\\d+)");

    private GoldFiles() {
    }

    /** The lines of a UTF-8 text file, without a byte order mark or carriage returns. */
    static List<String> readLines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(file, bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * A CSV parser over a UTF-8 file (a byte order mark is skipped) that reports bytes that are not UTF-8. Read
     * it inside {@link #csvError} handling so that problems name the file and line.
     */
    public static CSVParser csv(Path file, CSVFormat format) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        try {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return CSVParser.builder().setReader(in).setFormat(format).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            in.close();
            throw csvError(file, e);
        }
    }

    /**
     * The exception to report for a problem met while reading a CSV file: one message naming the file and, where
     * the parser knows it, the line, saying what is wrong in words a user can act on. It has no cause: the command
     * line shows the root cause's message, and this one says it all.
     */
    public static IOException csvError(Path file, Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            try {
                return notUtf8(file, Files.readAllBytes(file));
            } catch (IOException | OutOfMemoryError again) {
                return new IOException(file + ": not UTF-8 text; save it as UTF-8");
            }
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        Matcher start = CSV_START_LINE.matcher(message);
        if (message.contains("EOF reached before encapsulated token finished") && start.find()) {
            return new IOException(file + ":" + start.group(1) + ": a quoted field opened on this line is never"
                + " closed (a \" runs to the end of the file); close it, or double a \" that is part of the text"
                + " (\"\")");
        }
        Matcher at = CSV_AT_LINE.matcher(message);
        if (message.startsWith("Invalid character between encapsulated token and delimiter") && at.find()) {
            return new IOException(file + ":" + at.group(1) + ": text after the closing quote of a field (a \""
                + " inside a quoted field must be doubled: \"\")");
        }
        if (message.toLowerCase(Locale.ROOT).contains("duplicate")) {
            return new IOException(file + ":1: the header names a column twice (" + message + ")");
        }
        return new IOException(file + ": cannot be read as CSV: " + message);
    }

    /**
     * The exception for a file that is not UTF-8: where the first bad byte is (line and byte offset), and, when
     * the bytes read as CP949 (EUC-KR) Korean, that the file looks like it and how to convert it.
     */
    static IOException notUtf8(Path file, byte[] bytes) {
        int bad = firstMalformed(bytes);
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String where = bad < 0 ? "" : String.format(Locale.ROOT, " (byte %d of the file is 0x%02X)", bad,
            bytes[bad] & 0xFF);
        String hint = looksLikeCp949(bytes)
            ? "; it looks like CP949/EUC-KR: convert it, e.g. iconv -f CP949 -t UTF-8 " + file.getFileName()
                + " > utf8-" + file.getFileName()
            : "; save it as UTF-8";
        return new IOException(file + ":" + (bad < 0 ? "" : line + ":") + " not UTF-8 text" + where + hint);
    }

    /** The offset of the first byte that does not decode as UTF-8, or -1. */
    static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static boolean looksLikeCp949(byte[] bytes) {
        try {
            String text = Charset.forName("x-windows-949").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return false;
        }
    }
}
