package io.github.hanex.run;

import io.github.hanex.io.output.AtomicFiles;
import io.github.hanex.pipeline.PipelineOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The settings that shape a corpus run's results, kept in {@code OUT/.hanex/settings.properties} so that a rerun
 * with other ones is refused rather than mixing outputs. They are every field of {@link PipelineOptions} (read
 * by reflection, so an option added there is covered without a change here: analyzer, model, boilerplate, user
 * dictionaries, {@code --rules-add}, {@code --rules-off} ...), whether XMI is written, the set of tables and a
 * checksum of their columns (so that an output of an older hanex is not completed with other rows). An
 * option value that names a file or folder is kept with a checksum of its content, so an edited gazetteer counts
 * as another setting; the file's folder does not count, so a resume from another working directory that names
 * the same file is accepted.
 *
 * <p>The settings are saved only once the pipelines have started: a run that fails to start (a broken rule file)
 * leaves no settings that would refuse the corrected rerun.
 */
final class SavedSettings {
    static final String FILE = "settings.properties";

    private SavedSettings() {
    }

    /** The settings of a run, by name. */
    static Map<String, String> of(CorpusRunner.Settings settings, DocumentProcessor processor) {
        List<String> outputFiles = processor.outputFiles();
        Map<String, String> f = new TreeMap<>();
        for (Field field : PipelineOptions.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                f.put(field.getName(), render(field.get(settings.pipeline())));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        f.put("xmi", Boolean.toString(settings.xmi()));
        f.put("outputs", String.join(";", outputFiles));
        // The tables' columns: a hanex whose rows differ cannot complete another's tables.
        StringBuilder columns = new StringBuilder();
        outputFiles.forEach(file -> columns.append(file).append(processor.columns(file)));
        f.put("columns", checksum(columns.toString().getBytes(StandardCharsets.UTF_8)));
        return f;
    }

    /**
     * Refuses settings other than those saved in {@code file} (if any). A setting missing from the file (saved by
     * an older hanex) counts as empty.
     */
    static void check(Path file, Map<String, String> now, Path output) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties saved = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        }
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(union(now.keySet(), saved.stringPropertyNames()))) {
            String before = saved.getProperty(key, "");
            String after = now.getOrDefault(key, "");
            if (!before.equals(after)) {
                differences.add(key + " was " + shown(before) + ", now " + shown(after));
            }
        }
        if (!differences.isEmpty()) {
            throw new RunRefusedException(output + " holds the output of a run with other settings ("
                + String.join("; ", differences) + "): use another -o, or --fresh to start over");
        }
    }

    static void save(Path file, Map<String, String> now) throws IOException {
        Properties props = new Properties();
        props.putAll(now);
        AtomicFiles.write(file, o -> props.store(new OutputStreamWriter(o, StandardCharsets.UTF_8),
            "hanex annotate: settings of the output in this folder"));
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }

    private static String render(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(SavedSettings::render).collect(Collectors.joining(";"));
        }
        if (value instanceof String s) {
            return withChecksum(s);
        }
        return String.valueOf(value);
    }

    /** A value, and if it names a file or folder, its name and a checksum of its content instead. */
    private static String withChecksum(String value) {
        Path path;
        try {
            path = value.isEmpty() || value.contains(":") && !value.startsWith("file:") ? null
                : Path.of(value.startsWith("file:") ? value.substring(5) : value);
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path == null || !Files.exists(path) || path.getFileName() == null) {
            return value;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                        sha.update(path.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0);
                        digest(sha, p);
                    }
                }
            } else {
                digest(sha, path);
            }
            return path.getFileName() + "@sha256:" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            return value; // unreadable: the run reports it when it reads the file
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String checksum(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(MessageDigest sha, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
    }
}
