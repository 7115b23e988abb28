package io.github.hanex.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the documents of a run, one at a time, in a stable order, without holding the corpus in memory.
 * An input (a command-line argument) is one of:
 * <ul>
 *   <li>a file: one document, named by its file name;</li>
 *   <li>a directory: walked recursively (entries of each folder in name order) for {@code .txt},
 *       {@code .html}/{@code .htm}/{@code .xhtml}, their {@code .gz} variants and WARC files; each document is
 *       named by its path relative to that directory, with {@code /} separators;</li>
 *   <li>a glob such as {@code 'crawl/**}{@code /*.html'} ({@code **} matches any number of folders, including
 *       none): the files under the glob's fixed leading folder that match, named relative to that folder;</li>
 *   <li>{@code @list.txt}: a file with one input per line (blank lines and {@code #} comments skipped); a line
 *       naming a file gives a document named by the path as written (normalized), so files of the same name in
 *       different folders stay apart; lines naming folders or globs work as on the command line.</li>
 * </ul>
 * A WARC file ({@code .warc}, {@code .warc.gz}) gives one document per HTML or plain-text response (see
 * {@link WarcInputs}), named {@code <warc file id>#<record position>}. A document id met twice is kept once.
 */
public final class InputCollector {
    private static final Logger LOG = LoggerFactory.getLogger(InputCollector.class);

    private InputCollector() {
    }

    /** A stream of documents that may hold open files (WARC archives): close it. */
    public interface Inputs extends Iterator<InputDocument>, Closeable {
        @Override
        void close() throws IOException;
    }

    /** All documents under {@code inputs}, in a stable order (for small collections and the uimaFIT reader). */
    public static List<InputDocument> collect(List<Path> inputs) throws IOException {
        List<InputDocument> documents = new ArrayList<>();
        try (Inputs in = open(inputs.stream().map(Path::toString).toList(), DocumentLoader.DEFAULT_MAX_BYTES)) {
            in.forEachRemaining(documents::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return documents;
    }

    /**
     * Opens the documents of {@code inputs} (files, folders, globs, {@code @lists}) for streaming. Fails at once
     * when an input names nothing; WARC payloads are read up to {@code maxBytes} (+1, to tell a too-large one).
     */
    public static Inputs open(List<String> inputs, long maxBytes) throws IOException {
        return new Walker(resolve(inputs), maxBytes, true);
    }

    /** Counts the documents {@link #open} would give, without reading any payload (for progress totals). */
    public static long count(List<String> inputs) throws IOException {
        long n = 0;
        try (Walker walker = new Walker(resolve(inputs), 0, false)) {
            while (walker.hasNext()) {
                walker.next();
                n++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n;
    }

    /**
     * The files and folders {@code inputs} read from: each file or folder named, the fixed folder of each glob,
     * each {@code @list} file and the paths its lines name (for checking that an output folder is none of them).
     */
    public static List<Path> paths(List<String> inputs) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            if (input.startsWith("@")) {
                Path list = Path.of(input.substring(1));
                paths.add(list);
                if (Files.isRegularFile(list)) {
                    // Lines that are not UTF-8 or not paths are reported when the list is read.
                    for (String line : new String(Files.readAllBytes(list), StandardCharsets.UTF_8).split("\n")) {
                        String entry = line.strip();
                        if (!entry.isEmpty() && !entry.startsWith("#") && !entry.startsWith("@")) {
                            addPath(paths, isGlob(entry) ? glob(entry).base().toString() : entry);
                        }
                    }
                }
            } else {
                addPath(paths, isGlob(input) ? glob(input).base().toString() : input);
            }
        }
        return paths;
    }

    private static void addPath(List<Path> paths, String path) {
        try {
            paths.add(Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            // not a path: reported as an input that names nothing
        }
    }

    /** Whether a file name is a WARC archive. */
    public static boolean isWarc(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** Whether a file found in a folder or by a glob is read: a known page format or a WARC archive. */
    static boolean isReadable(String fileName) {
        return InputFormat.of(fileName) != null || isWarc(fileName);
    }

    /** One input, checked. */
    private sealed interface Spec permits FileSpec, DirSpec, GlobSpec, ListSpec {
    }

    private record FileSpec(Path file, String id) implements Spec {
    }

    private record DirSpec(Path root) implements Spec {
    }

    private record GlobSpec(Path base, List<PathMatcher> matchers) implements Spec {
    }

    private record ListSpec(Path list) implements Spec {
    }

    private static List<Spec> resolve(List<String> inputs) throws IOException {
        List<Spec> specs = new ArrayList<>();
        for (String input : inputs) {
            if (input.startsWith("@")) {
                Path list = Path.of(input.substring(1));
                if (!Files.isRegularFile(list)) {
                    throw new IOException(input + ": no such list file");
                }
                specs.add(new ListSpec(list));
            } else {
                Spec spec = spec(input, false);
                if (spec == null) {
                    throw new IOException(input + ": no such file or directory");
                }
                specs.add(spec);
            }
        }
        return specs;
    }

    /** The spec of one input, or null when it names nothing; list lines name files by their path. */
    private static Spec spec(String input, boolean fromList) {
        if (isGlob(input)) {
            return glob(input);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return new DirSpec(path);
        }
        if (Files.isRegularFile(path)) {
            return new FileSpec(path, fromList ? safeId(path) : path.getFileName().toString());
        }
        return null;
    }

    private static boolean isGlob(String input) {
        return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0
            || input.indexOf('{') >= 0;
    }

    private static GlobSpec glob(String pattern) {
        String normalized = pattern.replace('\\', '/');
        String[] parts = normalized.split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
            fixed++;
        }
        String baseText = String.join("/", java.util.Arrays.copyOfRange(parts, 0, fixed));
        Path base = baseText.isEmpty() ? Path.of(normalized.startsWith("/") ? "/" : ".") : Path.of(baseText);
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, fixed, parts.length));
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest));
        if (rest.contains("**/")) {
            // Java's "**/" needs at least one folder; a shell's globstar also matches none.
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", "")));
        }
        return new GlobSpec(base, matchers);
    }

    /** A document id from a path: normalized, without its root or leading "..", with {@code /} separators. */
    static String safeId(Path path) {
        Path p = path.normalize();
        if (p.getRoot() != null) {
            p = p.getRoot().relativize(p);
        }
        while (p.getNameCount() > 1 && p.getName(0).toString().equals("..")) {
            p = p.subpath(1, p.getNameCount());
        }
        return p.toString().replace('\\', '/');
    }

    /** Walks the specs lazily: a stack of open folder listings, an open list file, an open WARC file. */
    private static final class Walker implements Inputs {
        private final Deque<Spec> pending;
        private final long maxBytes;
        private final boolean readPayloads;
        private final Set<String> seen = new HashSet<>();
        /** Folders being walked: each frame is the sorted entries left in one folder. */
        private final Deque<Iterator<Path>> folders = new ArrayDeque<>();
        private Path walkRoot;
        private List<PathMatcher> walkMatchers;
        private BufferedReader listLines;
        private WarcInputs warc;
        private InputDocument next;

        Walker(List<Spec> specs, long maxBytes, boolean readPayloads) {
            this.pending = new ArrayDeque<>(specs);
            this.maxBytes = maxBytes;
            this.readPayloads = readPayloads;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    InputDocument doc = advance();
                    if (doc == null) {
                        return false;
                    }
                    if (seen.add(doc.docId())) {
                        next = doc;
                    } else {
                        LOG.warn("{}: document id met again ({}); kept the first one", doc.docId(), doc.path());
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public InputDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InputDocument doc = next;
            next = null;
            return doc;
        }

        /** The next document, before de-duplication; null at the end. */
        private InputDocument advance() throws IOException {
            while (true) {
                if (warc != null) {
                    if (warc.hasNext()) {
                        return warc.next();
                    }
                    warc.close();
                    warc = null;
                }
                if (!folders.isEmpty()) {
                    Iterator<Path> entries = folders.peek();
                    if (!entries.hasNext()) {
                        folders.pop();
                        continue;
                    }
                    Path path = entries.next();
                    // Symbolic links to folders are not followed (as Files.walk), so a link loop cannot trap the walk.
                    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        folders.push(sortedEntries(path));
                        continue;
                    }
                    InputDocument doc = fromWalk(path);
                    if (doc != null) {
                        return doc;
                    }
                    continue;
                }
                if (listLines != null) {
                    String line = listLines.readLine();
                    if (line == null) {
                        listLines.close();
                        listLines = null;
                        continue;
                    }
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    Spec spec = line.startsWith("@") ? null : spec(line, true);
                    if (spec == null) {
                        String reason = line.startsWith("@") ? "lists inside lists are not read"
                            : "no such file or directory";
                        return InputDocument.unreadable(safeId(Path.of(line.replace("@", ""))), Path.of("."), line,
                            reason);
                    }
                    InputDocument doc = begin(spec);
                    if (doc != null) {
                        return doc;
                    }
                    continue;
                }
                Spec spec = pending.poll();
                if (spec == null) {
                    return null;
                }
                InputDocument doc = begin(spec);
                if (doc != null) {
                    return doc;
                }
            }
        }

        /** Starts reading one input: a plain file is returned, anything else is opened for the loop. */
        private InputDocument begin(Spec spec) throws IOException {
            if (spec instanceof FileSpec f) {
                return fromFile(f.file(), f.id());
            } else if (spec instanceof DirSpec d) {
                startWalk(d.root(), null);
            } else if (spec instanceof GlobSpec g) {
                if (Files.isDirectory(g.base())) {
                    startWalk(g.base(), g.matchers());
                } else {
                    LOG.warn("{}: the glob's folder does not exist", g.base());
                }
            } else if (spec instanceof ListSpec l) {
                listLines = Files.newBufferedReader(l.list(), StandardCharsets.UTF_8);
            }
            return null;
        }

        private void startWalk(Path root, List<PathMatcher> matchers) throws IOException {
            walkRoot = root;
            walkMatchers = matchers;
            folders.push(sortedEntries(root));
        }

        private InputDocument fromWalk(Path path) throws IOException {
            String name = path.getFileName().toString();
            if (!isReadable(name) || !Files.isRegularFile(path)) {
                return null;
            }
            Path relative = walkRoot.relativize(path);
            if (walkMatchers != null && walkMatchers.stream().noneMatch(m -> m.matches(relative))) {
                return null;
            }
            return fromFile(path, relative.toString().replace('\\', '/'));
        }

        /** A file as a document, or the first record of a WARC file (null if it has none). */
        private InputDocument fromFile(Path file, String id) throws IOException {
            String name = file.getFileName().toString();
            if (isWarc(name)) {
                warc = new WarcInputs(file, id, maxBytes, readPayloads);
                return null;
            }
            InputFormat format = InputFormat.of(name);
            return new InputDocument(id, file, format == null ? InputFormat.TEXT : format);
        }

        private static Iterator<Path> sortedEntries(Path dir) throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            }
            entries.sort(null);
            return entries.iterator();
        }

        @Override
        public void close() throws IOException {
            if (warc != null) {
                warc.close();
            }
            if (listLines != null) {
                listLines.close();
            }
        }
    }
}
