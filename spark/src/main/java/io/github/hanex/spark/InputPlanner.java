package io.github.hanex.spark;

import io.github.hanex.io.InputCollector;
import io.github.hanex.io.InputFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the inputs of a job on the driver, through Hadoop file systems (local, HDFS, S3A ...), with the rules and
 * the document ids of {@code hanex annotate} ({@link InputCollector}): a file is one document named by its file
 * name; a folder is walked (entries of each folder in name order) for {@code .txt}, {@code .html}/{@code .htm}/
 * {@code .xhtml}, their {@code .gz} variants and WARC files, each named by its path relative to the folder; a glob
 * ({@code **} = any number of folders, also none) gives the matching files under its fixed leading folder, named
 * relative to it; {@code @list} gives the inputs of its lines, a file line named by its path as written
 * (normalized). Only names and sizes are read here: WARC files are opened by the tasks.
 *
 * <p>The rules are those of {@link InputCollector}, which walks {@code java.nio} paths; they are restated here for
 * Hadoop paths, and {@code InputPlannerTest} checks on a tree of every kind of input that both give the same
 * document ids in the same order.
 */
final class InputPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(InputPlanner.class);
    /** The order of folder entries in {@code hanex annotate}: {@code java.nio} path order of their names. */
    private static final Comparator<FileStatus> NAME_ORDER =
        Comparator.comparing(s -> java.nio.file.Path.of(s.getPath().getName()));

    private final Configuration conf;
    private final List<InputFile> files = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<String> duplicates = new ArrayList<>();

    private InputPlanner(Configuration conf) {
        this.conf = conf;
    }

    /**
     * The inputs named by {@code inputs} (files, folders, globs, {@code @lists}; paths or Hadoop URIs), in the
     * order {@code hanex annotate} reads them. Fails at once when an input names nothing.
     */
    static List<InputFile> plan(List<String> inputs, Configuration conf) throws IOException {
        InputPlanner planner = new InputPlanner(conf);
        for (String input : inputs) {
            if (input.startsWith("@")) {
                planner.list(input);
            } else if (!planner.add(input, false)) {
                throw new IOException(input + ": no such file or directory");
            }
        }
        if (!planner.duplicates.isEmpty()) {
            LOG.warn("{} document ids met again (kept the first of each), e.g. {}", planner.duplicates.size(),
                planner.duplicates.subList(0, Math.min(5, planner.duplicates.size())));
        }
        return planner.files;
    }

    /** The roots the inputs read from (files, folders, the folders of globs, list files), qualified. */
    static List<Path> roots(List<String> inputs, Configuration conf) throws IOException {
        List<Path> roots = new ArrayList<>();
        for (String input : inputs) {
            String path = input.startsWith("@") ? input.substring(1) : isGlob(input) ? glob(input).base() : input;
            Path p = new Path(path);
            roots.add(p.getFileSystem(conf).makeQualified(p));
        }
        return roots;
    }

    private void list(String input) throws IOException {
        Path list = new Path(input.substring(1));
        FileSystem fs = list.getFileSystem(conf);
        if (!fs.exists(list) || !fs.getFileStatus(list).isFile()) {
            throw new IOException(input + ": no such list file");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(fs.open(list), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    missing(line, safeId(line.replace("@", "")), "lists inside lists are not read");
                } else if (!add(line, true)) {
                    missing(line, safeId(line), "no such file or directory");
                }
            }
        }
    }

    /** Adds the files of one input; false when it names nothing. */
    private boolean add(String input, boolean fromList) throws IOException {
        if (isGlob(input)) {
            Glob glob = glob(input);
            Path base = new Path(glob.base());
            FileSystem fs = base.getFileSystem(conf);
            if (fs.exists(base) && fs.getFileStatus(base).isDirectory()) {
                walk(fs, fs.getFileStatus(base), "", glob.matchers());
            } else {
                LOG.warn("{}: the glob's folder does not exist", base);
            }
            return true;
        }
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
            return false;
        }
        FileStatus status = fs.getFileStatus(path);
        if (status.isDirectory()) {
            walk(fs, status, "", null);
        } else {
            file(status, fromList ? safeId(input) : status.getPath().getName());
        }
        return true;
    }

    /** Walks a folder depth first, entries in name order; symbolic links to folders are not followed. */
    private void walk(FileSystem fs, FileStatus dir, String prefix, List<PathMatcher> matchers) throws IOException {
        FileStatus[] entries = fs.listStatus(dir.getPath());
        Arrays.sort(entries, NAME_ORDER);
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            String relative = prefix + name;
            if (entry.isDirectory()) {
                if (!isLink(entry)) {
                    walk(fs, entry, relative + "/", matchers);
                }
            } else if (readable(name) && (matchers == null
                || matchers.stream().anyMatch(m -> m.matches(java.nio.file.Path.of(relative))))) {
                file(entry, relative);
            }
        }
    }

    /** Whether a folder entry is a symbolic link (Hadoop's local file system reports the folder it points to). */
    private static boolean isLink(FileStatus entry) {
        URI uri = entry.getPath().toUri();
        return entry.isSymlink() || "file".equals(uri.getScheme())
            && Files.isSymbolicLink(java.nio.file.Path.of(uri));
    }

    private void file(FileStatus status, String docId) {
        String uri = status.getPath().toString();
        boolean warc = InputCollector.isWarc(status.getPath().getName());
        // A WARC file's records are named <docId>#<n>; a page file named like that cannot meet them.
        if (!seen.add((warc ? "warc:" : "") + docId)) {
            duplicates.add(docId);
            return;
        }
        files.add(warc ? InputFile.warc(uri, docId, status.getLen()) : InputFile.page(uri, docId, status.getLen()));
    }

    private void missing(String entry, String docId, String problem) {
        if (seen.add(docId)) {
            files.add(InputFile.missing(entry, docId, problem));
        } else {
            duplicates.add(docId);
        }
    }

    /** Whether a file found in a folder or by a glob is read: a known page format or a WARC archive. */
    private static boolean readable(String name) {
        return InputFormat.of(name) != null || InputCollector.isWarc(name);
    }

    static boolean isGlob(String input) {
        return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0
            || input.indexOf('{') >= 0;
    }

    /** A glob: its fixed leading folder and the matchers of the rest. */
    record Glob(String base, List<PathMatcher> matchers) {
    }

    /** Splits a glob as {@code hanex annotate} does: the leading parts without glob characters are the folder. */
    static Glob glob(String pattern) {
        String normalized = pattern.replace('\\', '/');
        String[] parts = normalized.split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
            fixed++;
        }
        String base = String.join("/", Arrays.copyOfRange(parts, 0, fixed));
        if (base.isEmpty()) {
            base = normalized.startsWith("/") ? "/" : ".";
        }
        String rest = String.join("/", Arrays.copyOfRange(parts, fixed, parts.length));
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest));
        if (rest.contains("**/")) {
            // Java's "**/" needs at least one folder; a shell's globstar also matches none.
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", "")));
        }
        return new Glob(base, matchers);
    }

    /**
     * The document id of a list entry: its path as written, normalized, without its root or leading "..",
     * {@code /}-separated; of a URI ({@code s3a://bucket/a/b.html}) the path part ({@code a/b.html}).
     */
    static String safeId(String entry) {
        String path = entry;
        try {
            URI uri = new Path(entry).toUri();
            if (uri.getScheme() != null && uri.getScheme().length() > 1) {
                path = uri.getPath();
            }
        } catch (IllegalArgumentException e) {
            // not a Hadoop path: taken as written
        }
        java.nio.file.Path p = java.nio.file.Path.of(path).normalize();
        if (p.getRoot() != null) {
            p = p.getRoot().relativize(p);
        }
        while (p.getNameCount() > 1 && p.getName(0).toString().equals("..")) {
            p = p.subpath(1, p.getNameCount());
        }
        return p.toString().replace('\\', '/');
    }
}
