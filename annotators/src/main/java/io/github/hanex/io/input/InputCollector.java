package io.github.hanex.io.input;

import io.github.hanex.cas.InputFormat;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the documents of a run, one at a time, in a stable order, without holding the corpus in memory.
 * An input (a command-line argument) is one of:
 * <ul>
 *   <li>a file: one document, named by its file name (files given with the same name are named with as many of
 *       their parent folders as tell them apart: {@code day1/a.html}, {@code day2/a.html});</li>
 *   <li>a directory: walked recursively (entries of each folder in name order) for {@code .txt},
 *       {@code .html}/{@code .htm}/{@code .xhtml}, their {@code .gz} variants and WARC files; each document is
 *       named by its path relative to that directory, with {@code /} separators;</li>
 *   <li>a glob such as {@code 'crawl/**}{@code /*.html'} ({@code **} matches any number of folders, including
 *       none): the files under the glob's fixed leading folder that match, named relative to that folder;</li>
 *   <li>{@code @list.txt}: a file with one input per line (UTF-8; blank lines and {@code #} comments skipped); a
 *       line naming a file gives a document named by the path as written (normalized), so files of the same name
 *       in different folders stay apart; lines naming folders or globs work as on the command line.</li>
 * </ul>
 * When the inputs name more than one folder (directories and glob folders, on the command line or in lists),
 * each folder's documents are named {@code <folder name>/<path relative to it>}, the folder name taking as many
 * parent folder names as tell the folders apart, so that two crawl days with the same file names stay apart.
 * A WARC file ({@code .warc}, {@code .warc.gz}) gives one document per HTML or plain-text response (see
 * {@link WarcInputs}), named {@code <warc file id>#<record position>}.
 *
 * <p>Nothing is dropped silently. A document id met again is given as {@code <id>~2} ({@code ~3} ...): a
 * different file under its own id, the same file again as a document that fails with the reason. A folder that
 * cannot be read, a list line that is not UTF-8 or names nothing, a broken symbolic link and a special file with
 * a page's name are documents that fail with the reason (and are tried again by the next run); the walk goes on.
 * Symbolic links inside a folder are followed only to files and folders inside that folder (a link loop is
 * reported, not followed), unless {@code followLinks}.
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

    /** {@link #open(List, long, boolean)} following symbolic links only inside each input folder. */
    public static Inputs open(List<String> inputs, long maxBytes) throws IOException {
        return open(inputs, maxBytes, false);
    }

    /**
     * Opens the documents of {@code inputs} (files, folders, globs, {@code @lists}) for streaming. Fails at once
     * when an input names nothing; WARC payloads are read up to {@code maxBytes} (+1, to tell a too-large one).
     *
     * @param followLinks follow symbolic links in folders wherever they point (else only inside the folder)
     */
    public static Inputs open(List<String> inputs, long maxBytes, boolean followLinks) throws IOException {
        return open(inputs, maxBytes, followLinks, InputCollector::sortedEntries);
    }

    /** Lists a folder's entries in name order. */
    @FunctionalInterface
    interface Lister {
        List<Path> entries(Path dir) throws IOException;
    }

    /** {@link #open(List, long, boolean)} with another way of listing folders (tests make some unreadable). */
    static Inputs open(List<String> inputs, long maxBytes, boolean followLinks, Lister lister) throws IOException {
        return new Walker(resolve(inputs), maxBytes, true, followLinks, lister);
    }

    private static List<Path> sortedEntries(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        entries.sort(null);
        return entries;
    }

    /** Counts the documents {@link #open} would give, without reading any payload (for progress totals). */
    public static long count(List<String> inputs) throws IOException {
        return count(inputs, false);
    }

    /** Counts the documents {@link #open(List, long, boolean)} would give, without reading any payload. */
    public static long count(List<String> inputs, boolean followLinks) throws IOException {
        long n = 0;
        try (Walker walker = new Walker(resolve(inputs), 0, false, followLinks, InputCollector::sortedEntries)) {
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
                for (String entry : listEntries(list)) {
                    addPath(paths, isGlob(entry) ? glob(entry).base().toString() : entry);
                }
            } else {
                addPath(paths, isGlob(input) ? glob(input).base().toString() : input);
            }
        }
        return paths;
    }

    /** The input lines of a list file, read leniently (lines that are not UTF-8 are reported when it is read). */
    private static List<String> listEntries(Path list) throws IOException {
        List<String> entries = new ArrayList<>();
        if (Files.isRegularFile(list)) {
            for (String line : new String(Files.readAllBytes(list), StandardCharsets.UTF_8).split("\r?\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#") && !entry.startsWith("@")
                    && entry.indexOf('\uFFFD') < 0) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static void addPath(List<Path> paths, String path) {
        try {
            paths.add(Path.of(path));
        } catch (InvalidPathException e) {
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

    /** A folder to walk; {@code label} (or null) starts the ids of its documents. */
    private record DirSpec(Path root, String label) implements Spec {
    }

    private record GlobSpec(Path base, List<PathMatcher> matchers, String label) implements Spec {
    }

    private record ListSpec(Path list) implements Spec {
    }

    /** The specs of the command-line inputs, with the labels their folders and files need to stay apart. */
    private static Resolved resolve(List<String> inputs) throws IOException {
        List<String> folders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            if (input.startsWith("@")) {
                Path list = Path.of(input.substring(1));
                if (!Files.isRegularFile(list)) {
                    throw new IOException(input + ": no such list file");
                }
                for (String entry : listEntries(list)) {
                    addFolder(folders, entry);
                }
            } else {
                addFolder(folders, input);
                if (!isGlob(input) && Files.isRegularFile(Path.of(input))) {
                    files.add(Path.of(input));
                }
            }
        }
        Map<String, String> labels = folders.size() > 1 ? labels(folders) : Map.of();
        Map<String, String> fileIds = labels(files.stream().map(InputCollector::key).distinct().toList());
        List<Spec> specs = new ArrayList<>();
        for (String input : inputs) {
            if (input.startsWith("@")) {
                specs.add(new ListSpec(Path.of(input.substring(1))));
            } else {
                Spec spec = spec(input, false, labels);
                if (spec == null) {
                    throw new IOException(input + ": no such file or directory");
                }
                if (spec instanceof FileSpec f) {
                    spec = new FileSpec(f.file(), fileIds.get(key(f.file())));
                }
                specs.add(spec);
            }
        }
        return new Resolved(specs, labels);
    }

    /** The specs of a run and the labels of its folders (for folders named in lists). */
    private record Resolved(List<Spec> specs, Map<String, String> labels) {
    }

    /** Notes the folder an input walks (a directory or a glob's folder), by its key. */
    private static void addFolder(List<String> folders, String input) {
        try {
            Path folder = isGlob(input) ? glob(input).base() : Path.of(input);
            if (Files.isDirectory(folder)) {
                String k = key(folder);
                if (!folders.contains(k)) {
                    folders.add(k);
                }
            }
        } catch (InvalidPathException e) {
            // reported when the input is read
        }
    }

    /** A path as the user sees it, made absolute: what tells inputs apart (links are not resolved). */
    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /**
     * For absolute paths, the shortest trailing parts (the last name, then more) that tell each from the others:
     * {@code /a/crawl} and {@code /b/crawl} become {@code a/crawl} and {@code b/crawl}.
     */
    static Map<String, String> labels(List<String> keys) {
        Map<String, String> labels = new HashMap<>();
        List<Path> paths = keys.stream().map(Path::of).toList();
        for (Path p : paths) {
            int n = Math.max(1, p.getNameCount());
            String label = null;
            for (int parts = 1; parts <= n; parts++) {
                String candidate = suffix(p, parts);
                int clash = 0;
                for (Path q : paths) {
                    if (!q.equals(p) && candidate.equals(suffix(q, parts))) {
                        clash++;
                    }
                }
                label = candidate;
                if (clash == 0) {
                    break;
                }
            }
            labels.put(p.toString(), label == null || label.isEmpty() ? "root" : label);
        }
        return labels;
    }

    private static String suffix(Path p, int parts) {
        int n = p.getNameCount();
        if (n == 0) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int i = Math.max(0, n - parts); i < n; i++) {
            names.add(p.getName(i).toString());
        }
        return String.join("/", names);
    }

    /** The spec of one input, or null when it names nothing; list lines name files by their path. */
    private static Spec spec(String input, boolean fromList, Map<String, String> labels) {
        if (isGlob(input)) {
            GlobSpec g = glob(input);
            return new GlobSpec(g.base(), g.matchers(), labels.get(key(g.base())));
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return null;
        }
        if (Files.isDirectory(path)) {
            return new DirSpec(path, labels.get(key(path)));
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
        String baseText = String.join("/", Arrays.copyOfRange(parts, 0, fixed));
        Path base = baseText.isEmpty() ? Path.of(normalized.startsWith("/") ? "/" : ".") : Path.of(baseText);
        String rest = String.join("/", Arrays.copyOfRange(parts, fixed, parts.length));
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest));
        if (rest.contains("**/")) {
            // Java's "**/" needs at least one folder; a shell's globstar also matches none.
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", "")));
        }
        return new GlobSpec(base, matchers, null);
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
        return slashed(p);
    }

    /** A relative path with {@code /} between its names (only the platform's separator is one). */
    private static String slashed(Path relative) {
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    /** Walks the specs lazily: a stack of open folder listings, an open list file, an open WARC file. */
    private static final class Walker implements Inputs {
        private final Deque<Spec> pending;
        private final Map<String, String> labels;
        private final long maxBytes;
        private final boolean readPayloads;
        private final boolean followLinks;
        private final Lister lister;
        /** Every id given so far, with a hash of the file it came from (to tell a file met twice). */
        private final Map<String, Integer> seen = new HashMap<>();
        /** Folders being walked, innermost first: the sorted entries left in each, and its real path. */
        private final Deque<Folder> folders = new ArrayDeque<>();
        private Path walkRoot;
        private Path walkRootReal;
        private String walkLabel;
        private List<PathMatcher> walkMatchers;
        private ListReader list;
        private WarcInputs warc;
        private InputDocument next;

        private record Folder(Iterator<Path> entries, Path real) {
        }

        Walker(Resolved resolved, long maxBytes, boolean readPayloads, boolean followLinks, Lister lister) {
            this.lister = lister;
            this.pending = new ArrayDeque<>(resolved.specs());
            this.labels = resolved.labels();
            this.maxBytes = maxBytes;
            this.readPayloads = readPayloads;
            this.followLinks = followLinks;
        }

        @Override
        public boolean hasNext() {
            try {
                if (next == null) {
                    InputDocument doc = advance();
                    next = doc == null ? null : unique(doc);
                }
                return next != null;
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

        /** The document under an id no earlier document has: its own, or {@code <id>~2}, {@code ~3} ... */
        private InputDocument unique(InputDocument doc) {
            int origin = Objects.hash(doc.sourceUri(), doc.path() == null ? null : key(doc.path()));
            Integer first = seen.putIfAbsent(doc.docId(), origin);
            if (first == null) {
                return doc;
            }
            String id;
            int n = 2;
            do {
                id = doc.docId() + "~" + n++;
            } while (seen.containsKey(id));
            seen.put(id, origin);
            if (first == origin) {
                LOG.warn("{}: the same input named twice ({}); listed as failed under {}", doc.docId(), doc.path(), id);
                return InputDocument.unreadable(id, doc.path(), doc.sourceUri(), "the same input as " + doc.docId()
                    + ", named again by the inputs: annotated once, as " + doc.docId());
            }
            LOG.warn("{}: document id met again ({}); this one is {}", doc.docId(), doc.path(), id);
            return doc.withId(id);
        }

        /** The next document, before ids are made unique; null at the end. */
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
                    Folder folder = folders.peek();
                    if (!folder.entries().hasNext()) {
                        folders.pop();
                        continue;
                    }
                    InputDocument doc = fromWalk(folder.entries().next());
                    if (doc != null) {
                        return doc;
                    }
                    continue;
                }
                if (list != null) {
                    ListReader.Line line = list.next();
                    if (line == null) {
                        list.close();
                        list = null;
                        continue;
                    }
                    InputDocument doc = fromListLine(line);
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

        /** A list line: a document, a problem to report, or null once it started a walk. */
        private InputDocument fromListLine(ListReader.Line line) throws IOException {
            String where = list.name() + ":" + line.number();
            if (line.text() == null) {
                return InputDocument.unavailable(where, list.path(), list.path().toUri().toString(), "line "
                    + line.number() + " of " + list.path() + " is not UTF-8 (lists are read as UTF-8): not read");
            }
            String entry = line.text().strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                return null;
            }
            Spec spec = entry.startsWith("@") ? null : spec(entry, true, labels);
            if (spec == null) {
                String reason = entry.startsWith("@") ? "lists inside lists are not read"
                    : "no such file or directory (" + where + ")";
                String id;
                try {
                    id = safeId(Path.of(entry.replace("@", "")));
                } catch (InvalidPathException e) {
                    id = where;
                }
                return InputDocument.unavailable(id.isEmpty() ? where : id, list.path(), entry, reason);
            }
            return begin(spec);
        }

        /** Starts reading one input: a plain file is returned, anything else is opened for the loop. */
        private InputDocument begin(Spec spec) throws IOException {
            if (spec instanceof FileSpec f) {
                return fromFile(f.file(), f.id());
            } else if (spec instanceof DirSpec d) {
                return startWalk(d.root(), null, d.label());
            } else if (spec instanceof GlobSpec g) {
                if (Files.isDirectory(g.base())) {
                    return startWalk(g.base(), g.matchers(), g.label());
                }
                LOG.warn("{}: the glob's folder does not exist", g.base());
            } else if (spec instanceof ListSpec l) {
                list = new ListReader(l.list());
            }
            return null;
        }

        private InputDocument startWalk(Path root, List<PathMatcher> matchers, String label) throws IOException {
            walkRoot = root;
            walkMatchers = matchers;
            walkLabel = label;
            try {
                walkRootReal = root.toRealPath();
                folders.push(new Folder(lister.entries(root).iterator(), walkRootReal));
                return null;
            } catch (IOException e) {
                return unreadableFolder(root, e);
            }
        }

        /** The document id of a path met in the walk. */
        private String idOf(Path path) {
            String relative = slashed(walkRoot.relativize(path));
            return walkLabel == null ? relative : walkLabel + "/" + relative;
        }

        /** An entry of a folder being walked: a document, a problem to report, or null (skipped or descended). */
        private InputDocument fromWalk(Path path) throws IOException {
            String name = path.getFileName().toString();
            boolean link = Files.isSymbolicLink(path);
            if (link) {
                Path target;
                try {
                    target = path.toRealPath();
                } catch (IOException e) {
                    return isReadable(name) ? notFollowed(path, "a broken symbolic link") : null;
                }
                boolean inside = target.startsWith(walkRootReal);
                if (Files.isDirectory(target)) {
                    if (!inside && !followLinks) {
                        return notFollowed(path, "a symbolic link to a folder outside the input folder, not followed"
                            + " (--follow-links follows it)");
                    }
                    for (Folder f : folders) {
                        if (f.real().equals(target)) {
                            return notFollowed(path, "a symbolic link to a folder that contains it (a loop), not "
                                + "followed");
                        }
                    }
                    return descend(path, target);
                }
                if (!isReadable(name)) {
                    return null;
                }
                if (!inside && !followLinks) {
                    return notFollowed(path, "a symbolic link to a file outside the input folder, not followed "
                        + "(--follow-links follows it)");
                }
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return descend(path, null);
            }
            if (!isReadable(name)) {
                return null;
            }
            Path relative = walkRoot.relativize(path);
            if (walkMatchers != null && walkMatchers.stream().noneMatch(m -> m.matches(relative))) {
                return null;
            }
            if (!Files.isRegularFile(path)) {
                return notFollowed(path, "not a regular file (a device, pipe or socket), not read");
            }
            return fromFile(path, idOf(path));
        }

        private InputDocument descend(Path dir, Path real) {
            try {
                folders.push(new Folder(lister.entries(dir).iterator(), real != null ? real : dir.toRealPath()));
                return null;
            } catch (IOException e) {
                return unreadableFolder(dir, e);
            }
        }

        /** A folder that cannot be listed: its documents are missing from this run, and it says so. */
        private InputDocument unreadableFolder(Path dir, IOException e) {
            String id = !dir.equals(walkRoot) ? idOf(dir) : walkLabel != null ? walkLabel
                : dir.toAbsolutePath().normalize().getFileName() == null ? "root"
                : dir.toAbsolutePath().normalize().getFileName().toString();
            return InputDocument.unavailable(id + "/", dir, dir.toAbsolutePath().normalize().toUri().toString(),
                "cannot read the folder (" + describe(e) + "): its documents are not in this run");
        }

        private InputDocument notFollowed(Path path, String reason) {
            return InputDocument.unavailable(idOf(path), path, path.toAbsolutePath().normalize().toUri().toString(),
                reason);
        }

        /** A file as a document, or the first record of a WARC file (null if it has none). */
        private InputDocument fromFile(Path file, String id) {
            String name = file.getFileName().toString();
            if (isWarc(name)) {
                warc = new WarcInputs(file, id, maxBytes, readPayloads);
                return null;
            }
            InputFormat format = InputFormat.of(name);
            return new InputDocument(id, file, format == null ? InputFormat.TEXT : format);
        }

        @Override
        public void close() throws IOException {
            if (warc != null) {
                warc.close();
            }
            if (list != null) {
                list.close();
            }
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no longer there";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The lines of a list file, each decoded as UTF-8 on its own, so one bad line spoils nothing else. */
    private static final class ListReader implements Closeable {
        /** A line and its 1-based number; text is null when the line is not UTF-8. */
        record Line(int number, String text) {
        }

        private final Path path;
        private final InputStream in;
        private int number;

        ListReader(Path path) throws IOException {
            this.path = path;
            this.in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        }

        Path path() {
            return path;
        }

        String name() {
            return path.getFileName().toString();
        }

        /** The next line, or null at the end. */
        Line next() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                bytes.write(b);
            }
            if (b < 0 && bytes.size() == 0) {
                return null;
            }
            number++;
            byte[] line = bytes.toByteArray();
            int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
            int offset = number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF ? 3 : 0;
            try {
                return new Line(number, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line, offset, length - offset)).toString());
            } catch (CharacterCodingException e) {
                return new Line(number, null);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
