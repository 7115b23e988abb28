package io.github.hanex.eval.suggest;

import io.github.hanex.eval.score.EvaluationResult.RuleScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What the rule files say, read the way the recognizer reads them (rules/README.md): the word classes of the
 * {@code ner/*.words.tsv} files, the entries of the {@code ner/*.gaz.tsv} gazetteers, and every line of every
 * rule file by its {@code file:line} id. Suggestions use it to leave out what is already listed and to quote the
 * rules they point at. Read from a rules folder, or from the bundled rules on the class path
 * ({@code hanex/rules/}, packaged into the annotators jar).
 */
public final class RuleLibrary {

    /** No rule files: every suggestion is made, none can be checked against the lists. */
    public static final RuleLibrary EMPTY = new RuleLibrary("(no rule files)", Map.of());

    private static final String CLASSPATH_ROOT = "hanex/rules/";

    /** A gazetteer entry: its type ({@code Person}, {@code Organization}, {@code None}), canonical name and id. */
    public record Entry(String surface, String type, String canonical, String rule) {
    }

    private final String origin;
    private final Map<String, List<String>> files;
    private final Map<String, Set<String>> classes = new TreeMap<>();
    private final Map<String, List<Entry>> gazetteer = new TreeMap<>();

    private RuleLibrary(String origin, Map<String, List<String>> files) {
        this.origin = origin;
        this.files = files;
        files.forEach((path, lines) -> {
            if (!path.startsWith("ner/")) {
                return;
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (path.endsWith(".words.tsv") && f.length >= 2) {
                    classes.computeIfAbsent(f[0].strip(), k -> new LinkedHashSet<>()).add(f[1].strip());
                } else if (path.endsWith(".gaz.tsv") && f.length >= 2) {
                    String canonical = f.length > 2 && !f[2].isBlank() ? f[2].strip() : f[0].strip();
                    gazetteer.computeIfAbsent(f[0].strip(), k -> new ArrayList<>())
                        .add(new Entry(f[0].strip(), f[1].strip(), canonical, path + ":" + (i + 1)));
                }
            }
        });
    }

    /** Where the rules were read from (for the header of the suggestions). */
    public String origin() {
        return origin;
    }

    /** True when no rule file was found. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The word classes a word is listed in ({@code TITLE}, {@code ORG_SUFFIX} ...), maybe none. */
    public Set<String> classesOf(String word) {
        return Collections.unmodifiableSet(classes.getOrDefault(word, Set.of()));
    }

    /** Whether a word is listed in any of the classes. */
    public boolean inAny(String word, String... wordClasses) {
        Set<String> listed = classes.getOrDefault(word, Set.of());
        for (String c : wordClasses) {
            if (listed.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a class, in file order. */
    public List<String> words(String wordClass) {
        return classes.entrySet().stream().filter(e -> e.getValue().contains(wordClass)).map(Map.Entry::getKey)
            .toList();
    }

    /** The gazetteer entries of a surface, in file order (the last one is the one the recognizer uses). */
    public List<Entry> entries(String surface) {
        return gazetteer.getOrDefault(surface, List.of());
    }

    /**
     * The text of the line a rule id points at ({@code ner/names.patterns.tsv:49}); for a file added with
     * {@code --rules-add} (id {@code my.gaz.tsv:3}) any file of that name; empty for a built-in rule or an unknown
     * file or line.
     */
    public Optional<String> line(String ruleId) {
        String file = RuleScore.fileOf(ruleId);
        if (file.equals(ruleId)) {
            return Optional.empty();
        }
        int number;
        try {
            number = Integer.parseInt(ruleId.substring(file.length() + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        List<String> lines = files.get(file);
        if (lines == null) {
            lines = files.entrySet().stream().filter(e -> e.getKey().endsWith("/" + file)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        }
        return lines == null || number < 1 || number > lines.size() ? Optional.empty()
            : Optional.of(lines.get(number - 1));
    }

    /** Whether the file of a rule id is one of the rule files read (bundled, or in the rules folder given). */
    public boolean hasFile(String file) {
        return files.containsKey(file);
    }

    /** The rules of a folder laid out like {@code rules/} (files found recursively). */
    public static RuleLibrary directory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such rules folder");
        }
        Map<String, List<String>> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(RuleLibrary::isRuleFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                files.put(rel, lines(Files.readAllBytes(p)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new RuleLibrary(dir.toString(), files);
    }

    /** The bundled rules on the class path, or {@link #EMPTY} when they are not there. */
    public static RuleLibrary bundled() {
        URL readme = RuleLibrary.class.getClassLoader().getResource(CLASSPATH_ROOT + "README.md");
        if (readme == null) {
            return EMPTY;
        }
        try {
            if ("file".equals(readme.getProtocol())) {
                RuleLibrary dir = directory(Path.of(readme.toURI()).getParent());
                return new RuleLibrary("classpath:" + CLASSPATH_ROOT, dir.files);
            }
            if ("jar".equals(readme.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) readme.openConnection();
                connection.setUseCaches(false);
                Map<String, List<String>> files = new LinkedHashMap<>();
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        if (!e.isDirectory() && e.getName().startsWith(CLASSPATH_ROOT)
                            && isRuleFile(Path.of(e.getName()))) {
                            try (InputStream in = jar.getInputStream(e)) {
                                files.put(e.getName().substring(CLASSPATH_ROOT.length()), lines(in.readAllBytes()));
                            }
                        }
                    }
                }
                return new RuleLibrary("classpath:" + CLASSPATH_ROOT, new TreeMap<>(files));
            }
        } catch (IOException | URISyntaxException | ClassCastException | IllegalArgumentException e) {
            return EMPTY;
        }
        return EMPTY;
    }

    private static boolean isRuleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tsv") || name.endsWith(".map");
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }
}
