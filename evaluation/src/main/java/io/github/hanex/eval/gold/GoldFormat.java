package io.github.hanex.eval.gold;

import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.TypeMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The gold file formats, and reading a gold file in one of them. */
public enum GoldFormat {
    /** The project's CSV (annotations.csv columns), or an annotate output directory. */
    CSV,
    /** UIMA XMI with hanex types: a directory of .xmi files (with TypeSystem.xml) or one file. */
    XMI,
    /** CoNLL-style BIO, token or character level. */
    BIO,
    /** Sentences with inline tags {@code <text:TYPE>} (KMOU NER layout, or one sentence per line). */
    INLINE;

    /** The format named on the command line ({@code auto} gives null). */
    public static GoldFormat parse(String name) {
        if (name == null || name.equalsIgnoreCase("auto")) {
            return null;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xmi" -> XMI;
            case "bio", "conll", "iob" -> BIO;
            case "inline", "tags", "kmou" -> INLINE;
            default -> throw new IllegalArgumentException("unknown gold format '" + name
                + "' (expected csv, xmi, bio, inline or auto)");
        };
    }

    /** Guesses the format of a path from its name and first lines. */
    public static GoldFormat detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve("annotations.csv"))) {
                return CSV;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                if (walk.anyMatch(p -> p.getFileName().toString().endsWith(".xmi"))) {
                    return XMI;
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            throw new IOException(path + ": a directory with neither annotations.csv nor .xmi files");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".xmi")) {
            return XMI;
        }
        List<String> lines = GoldFiles.readLines(path);
        List<String> head = lines.subList(0, Math.min(lines.size(), 200));
        if (!head.isEmpty() && head.get(0).toLowerCase(Locale.ROOT).startsWith("doc_id,")) {
            return CSV;
        }
        if (head.stream().anyMatch(l -> l.startsWith("$") && InlineTagMentions.TAG.matcher(l).find())) {
            return INLINE;
        }
        long tagged = head.stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
            .filter(l -> l.strip().matches("(?s).*\\s([BIESLU][-_]\\S+|O)")).count();
        long tokens = head.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        if (tokens > 0 && tagged * 2 >= tokens) {
            return BIO;
        }
        if (head.stream().anyMatch(l -> InlineTagMentions.TAG.matcher(l).find())) {
            return INLINE;
        }
        throw new IOException(path + ": cannot tell the gold format; give --format csv|xmi|bio|inline");
    }

    /** Reads a gold file or directory in this format. */
    public MentionSet read(Path path, TypeMap types, BioMentions.Level bioLevel) throws IOException {
        return switch (this) {
            case CSV -> Files.isDirectory(path) ? Predictions.read(path, types) : CsvMentions.read(path, types);
            case XMI -> XmiMentions.read(path, types);
            case BIO -> BioMentions.read(path, types, bioLevel);
            case INLINE -> InlineTagMentions.read(path, types);
        };
    }
}
