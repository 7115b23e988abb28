package io.github.hanex.boilerplate.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of scraped text whose lines are labelled: keep (article: title, subtitles, body, captions) or drop
 * (everything else). Read from either layout:
 * <ul>
 * <li>{@code NAME.labels.tsv}: one line of the page per line, {@code KEEP<TAB>text} or {@code DROP<TAB>text}
 * (a blank line may stand alone); the page is the texts joined by line feeds;</li>
 * <li>{@code NAME.txt} with {@code NAME.labels.tsv} of rows {@code LINE_NO<TAB>KEEP|DROP[<TAB>kind]}: the page,
 * and a label for each of its non-blank lines by 1-based line number;</li>
 * <li>{@code NAME.txt} with {@code NAME.gold.txt}: the page, and its article lines in page order (each must be a
 * line of the page; every other line is dropped).</li>
 * </ul>
 *
 * @param name  the page's name (file name without the layout's ending)
 * @param text  the page text the extractor reads
 * @param lines the non-blank lines, trimmed, with their offsets in {@code text} and labels
 */
public record LabelledPage(String name, String text, List<Line> lines) {

    /** A non-blank line: {@code [begin, end)} in the page, trimmed. */
    public record Line(int begin, int end, String text, boolean keep) {
    }

    /** The ending of a labels file. */
    public static final String LABELS = ".labels.tsv";
    /** The ending of a gold-lines file beside its {@code .txt} page. */
    public static final String GOLD = ".gold.txt";

    /** Reads a page ({@code NAME.txt}) and the labels of its lines by number ({@code NAME.labels.tsv}). */
    public static LabelledPage readNumbered(Path page, Path labels) throws IOException {
        String name = page.getFileName().toString();
        name = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        String text = Files.readString(page, StandardCharsets.UTF_8);
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        for (String row : text.split("\n", -1)) {
            String t = row.strip();
            int b = t.isEmpty() ? start : start + row.indexOf(t);
            ranges.add(new int[] {b, b + t.length()});
            start += row.length() + 1;
        }
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String row : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            number++;
            if (row.isBlank()) {
                continue;
            }
            String[] f = row.split("\t");
            int lineNo;
            try {
                lineNo = Integer.parseInt(f[0].strip());
            } catch (NumberFormatException e) {
                throw new IOException(labels + ":" + number + ": expected LINE_NO<TAB>KEEP|DROP");
            }
            if (f.length < 2 || !f[1].strip().equals("KEEP") && !f[1].strip().equals("DROP") || lineNo < 1
                || lineNo > ranges.size() || ranges.get(lineNo - 1)[0] == ranges.get(lineNo - 1)[1]) {
                throw new IOException(labels + ":" + number + ": expected LINE_NO<TAB>KEEP|DROP for a non-blank line");
            }
            int[] r = ranges.get(lineNo - 1);
            lines.add(new Line(r[0], r[1], text.substring(r[0], r[1]), f[1].strip().equals("KEEP")));
        }
        lines.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return new LabelledPage(name, text, List.copyOf(lines));
    }

    /** Whether a labels file numbers the lines of a {@code .txt} page beside it (its first row starts with a number). */
    private static boolean isNumbered(Path labels) throws IOException {
        for (String row : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (!row.isBlank()) {
                return !row.isEmpty() && Character.isDigit(row.strip().charAt(0));
            }
        }
        return false;
    }

    /** Reads a {@code .labels.tsv} file. */
    public static LabelledPage readLabels(Path file) throws IOException {
        String name = file.getFileName().toString();
        name = name.substring(0, name.length() - LABELS.length());
        StringBuilder text = new StringBuilder();
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (text.length() > 0) {
                text.append('\n');
            }
            if (row.isBlank()) {
                continue;
            }
            int tab = row.indexOf('\t');
            String label = tab < 0 ? row.strip() : row.substring(0, tab).strip();
            boolean keep;
            if (label.equals("KEEP")) {
                keep = true;
            } else if (label.equals("DROP")) {
                keep = false;
            } else {
                throw new IOException(file + ":" + number + ": expected KEEP<TAB>text or DROP<TAB>text");
            }
            String line = tab < 0 ? "" : row.substring(tab + 1);
            int begin = text.length();
            text.append(line);
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                int b = begin + line.indexOf(trimmed);
                lines.add(new Line(b, b + trimmed.length(), trimmed, keep));
            }
        }
        return new LabelledPage(name, text.toString(), List.copyOf(lines));
    }

    /** Reads a page ({@code NAME.txt}) and its gold lines ({@code NAME.gold.txt}). */
    public static LabelledPage readGold(Path page, Path gold) throws IOException {
        String name = page.getFileName().toString();
        name = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return ofGold(name, Files.readString(page, StandardCharsets.UTF_8),
            Files.readAllLines(gold, StandardCharsets.UTF_8));
    }

    /** The page {@code text} with its article lines {@code gold}, a subsequence of its lines. */
    public static LabelledPage ofGold(String name, String text, List<String> gold) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<String> wanted = gold.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        int g = 0;
        int start = 0;
        for (String row : text.split("\n", -1)) {
            String t = row.strip();
            if (!t.isEmpty()) {
                int b = start + row.indexOf(t);
                boolean keep = g < wanted.size() && t.equals(wanted.get(g));
                if (keep) {
                    g++;
                }
                lines.add(new Line(b, b + t.length(), t, keep));
            }
            start += row.length() + 1;
        }
        if (g < wanted.size()) {
            throw new IOException(name + ": gold line not found in page order: " + wanted.get(g));
        }
        return new LabelledPage(name, text, List.copyOf(lines));
    }

    /** Every labelled page in {@code dir} (not recursive), in file name order. */
    public static List<LabelledPage> readAll(Path dir) throws IOException {
        List<LabelledPage> pages = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(LABELS)) {
                    Path txt = f.resolveSibling(n.substring(0, n.length() - LABELS.length()) + ".txt");
                    pages.add(Files.isRegularFile(txt) && isNumbered(f) ? readNumbered(txt, f) : readLabels(f));
                } else if (n.endsWith(".txt") && !n.endsWith(GOLD)) {
                    Path gold = f.resolveSibling(n.substring(0, n.length() - 4) + GOLD);
                    if (Files.isRegularFile(gold)) {
                        pages.add(readGold(f, gold));
                    }
                }
            }
        }
        return pages;
    }
}
