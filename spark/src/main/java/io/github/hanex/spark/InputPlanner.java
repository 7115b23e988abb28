package io.github.hanex.spark;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.InputCollector;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the inputs of a job on the driver, through Hadoop file systems (local, HDFS, S3A ...), with the rules and
 * the document ids of {@code hanex annotate} ({@link InputCollector}), file by file: WARC files are opened by the
 * tasks, not here.
 *
 * <p>The rules, as in {@link InputCollector}: a file is one document named by its file name (files of the same
 * name given together take as many parent folder names as tell them apart); a folder is walked, entries of each
 * folder in name order, for pages and WARC files, each named by its path relative to the folder; a glob gives the
 * matching files under its fixed leading folder; when the inputs name more than one folder, each folder's
 * documents start with a label of the folder's trailing names that tells the folders apart; {@code @list} gives
 * the inputs of its lines (UTF-8), a file line named by its path as written. Nothing is dropped: an id met again
 * is {@code <id>~2} ({@code ~3} ...), the same file met again fails with the reason, and an unreadable folder, a
 * list line that is not UTF-8 or names nothing, a broken link, a link out of its folder (without
 * {@code --follow-links}) and a special file are documents that fail with the reason. Symbolic links exist on the
 * local file system only, which is walked with {@code java.nio} as the command line walks it.
 *
 * <p>{@link InputCollector} walks {@code java.nio} paths and reads WARC files as it goes, which a driver cannot do
 * for a crawl on S3; so the rules are restated here, and {@code InputPlannerTest} checks on a tree of every kind of
 * input that both give the same documents, ids, order, sources and failures.
 */
final class InputPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(InputPlanner.class);

    private final Configuration conf;
    private final boolean followLinks;
    private final List<InputFile> files = new ArrayList<>();
    /** Every page id given so far, with where it came from (to tell a file met twice from a namesake). */
    private final Map<String, String> seen = new HashMap<>();
    /** The WARC files by the id of their records' prefix, with where each came from. */
    private final Map<String, List<String>> warcs = new HashMap<>();
    private Map<String, String> labels = Map.of();

    private InputPlanner(Configuration conf, boolean followLinks) {
        this.conf = conf;
        this.followLinks = followLinks;
    }

    /**
     * The inputs named by {@code inputs} (files, folders, globs, {@code @lists}; paths or Hadoop URIs), in the
     * order {@code hanex annotate} reads them. Fails at once when an input names nothing.
     *
     * @param followLinks follow symbolic links in folders wherever they point (else only inside the folder)
     */
    static List<InputFile> plan(List<String> inputs, Configuration conf, boolean followLinks) throws IOException {
        InputPlanner planner = new InputPlanner(conf, followLinks);
        planner.run(inputs);
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

    private void run(List<String> inputs) throws IOException {
        List<String> folders = new ArrayList<>();
        List<String> fileKeys = new ArrayList<>();
        for (String input : inputs) {
            if (input.startsWith("@")) {
                Path list = new Path(input.substring(1));
                if (!isFile(list)) {
                    throw new IOException(input + ": no such list file");
                }
                for (String entry : listEntries(list)) {
                    addFolder(folders, entry);
                }
            } else {
                addFolder(folders, input);
                if (!isGlob(input) && isFile(new Path(input))) {
                    String k = key(new Path(input));
                    if (!fileKeys.contains(k)) {
                        fileKeys.add(k);
                    }
                }
            }
        }
        labels = folders.size() > 1 ? labels(folders) : Map.of();
        Map<String, String> fileIds = labels(fileKeys);
        for (String input : inputs) {
            if (input.startsWith("@")) {
                list(input.substring(1));
                continue;
            }
            if (isGlob(input)) {
                walkGlob(input);
            } else {
                Path path = new Path(input);
                FileStatus status = status(path);
                if (status == null) {
                    throw new IOException(input + ": no such file or directory");
                }
                if (status.isDirectory()) {
                    walk(path, null, labels.get(key(path)));
                } else {
                    file(status.getPath(), status.getLen(), fileIds.get(key(path)), key(path));
                }
            }
        }
    }

    // ---- inputs

    private FileStatus status(Path path) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        return fs.exists(path) ? fs.getFileStatus(path) : null;
    }

    private boolean isFile(Path path) throws IOException {
        FileStatus status = status(path);
        return status != null && status.isFile();
    }

    private boolean isDirectory(Path path) throws IOException {
        FileStatus status = status(path);
        return status != null && status.isDirectory();
    }

    /** Notes the folder an input walks (a directory or a glob's folder), by its key. */
    private void addFolder(List<String> folders, String input) throws IOException {
        try {
            Path folder = new Path(isGlob(input) ? glob(input).base() : input);
            if (isDirectory(folder)) {
                String k = key(folder);
                if (!folders.contains(k)) {
                    folders.add(k);
                }
            }
        } catch (IllegalArgumentException e) {
            // reported when the input is read
        }
    }

    /**
     * A path as the user sees it, made absolute (links are not resolved): what tells inputs apart. For a local
     * path the command line's key; elsewhere the bucket or name node comes first.
     */
    private String key(Path path) throws IOException {
        URI uri = path.getFileSystem(conf).makeQualified(path).toUri();
        String p = uri.getPath().length() > 1 && uri.getPath().endsWith("/")
            ? uri.getPath().substring(0, uri.getPath().length() - 1) : uri.getPath();
        return uri.getAuthority() == null ? p : "/" + uri.getAuthority() + p;
    }

    /** The shortest trailing names that tell each path from the others ({@code a/crawl}, {@code b/crawl}). */
    static Map<String, String> labels(List<String> keys) {
        Map<String, String> labels = new HashMap<>();
        List<java.nio.file.Path> paths = keys.stream().map(java.nio.file.Path::of).toList();
        for (java.nio.file.Path p : paths) {
            int n = Math.max(1, p.getNameCount());
            String label = null;
            for (int parts = 1; parts <= n; parts++) {
                String candidate = suffix(p, parts);
                boolean clash = false;
                for (java.nio.file.Path q : paths) {
                    clash |= !q.equals(p) && candidate.equals(suffix(q, parts));
                }
                label = candidate;
                if (!clash) {
                    break;
                }
            }
            labels.put(p.toString(), label == null || label.isEmpty() ? "root" : label);
        }
        return labels;
    }

    private static String suffix(java.nio.file.Path p, int parts) {
        List<String> names = new ArrayList<>();
        for (int i = Math.max(0, p.getNameCount() - parts); i < p.getNameCount(); i++) {
            names.add(p.getName(i).toString());
        }
        return String.join("/", names);
    }

    // ---- lists

    /** The input lines of a list, read leniently (for the folders it names, before it is read line by line). */
    private List<String> listEntries(Path list) throws IOException {
        List<String> entries = new ArrayList<>();
        try (InputStream in = list.getFileSystem(conf).open(list)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#") && !entry.startsWith("@")
                    && entry.indexOf('\uFFFD') < 0) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private void list(String listPath) throws IOException {
        Path list = new Path(listPath);
        String name = list.getName();
        String listUri = TaskDocuments.sourceUri(list.getFileSystem(conf).makeQualified(list));
        byte[] bytes;
        try (InputStream in = list.getFileSystem(conf).open(list)) {
            bytes = in.readAllBytes();
        }
        int number = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            String text = line(bytes, start, end, number == 1);
            start = end + 1;
            String where = name + ":" + number;
            if (text == null) {
                unavailable(where, listUri, "line " + number + " of " + listPath
                    + " is not UTF-8 (lists are read as UTF-8): not read", listUri);
                continue;
            }
            String entry = text.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (!entry.startsWith("@") && listed(entry)) {
                continue;
            }
            String reason = entry.startsWith("@") ? "lists inside lists are not read"
                : "no such file or directory (" + where + ")";
            String id;
            try {
                id = safeId(entry.replace("@", ""));
            } catch (InvalidPathException e) {
                id = where;
            }
            unavailable(id.isEmpty() ? where : id, entry, reason, listUri);
        }
    }

    /** One line of a list as UTF-8 (without its CR and, on the first line, a byte-order mark), or null. */
    private static String line(byte[] bytes, int start, int end, boolean first) {
        int length = end > start && bytes[end - 1] == '\r' ? end - 1 - start : end - start;
        int offset = first && length >= 3 && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB
            && (bytes[start + 2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start + offset, length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Reads a list entry as an input; false when it names nothing. */
    private boolean listed(String entry) throws IOException {
        if (isGlob(entry)) {
            walkGlob(entry);
            return true;
        }
        Path path;
        FileStatus status;
        try {
            path = new Path(entry);
            status = status(path);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (status == null) {
            return false;
        }
        if (status.isDirectory()) {
            walk(path, null, labels.get(key(path)));
        } else {
            file(status.getPath(), status.getLen(), safeId(entry), key(path));
        }
        return true;
    }

    // ---- walks

    private void walkGlob(String input) throws IOException {
        Glob glob = glob(input);
        Path base = new Path(glob.base());
        if (isDirectory(base)) {
            walk(base, glob.matchers(), labels.get(key(base)));
        } else {
            LOG.warn("{}: the glob's folder does not exist", base);
        }
    }

    private void walk(Path root, List<PathMatcher> matchers, String label) throws IOException {
        Path qualified = root.getFileSystem(conf).makeQualified(root);
        if ("file".equals(qualified.toUri().getScheme())) {
            new LocalWalk(java.nio.file.Path.of(qualified.toUri()), matchers, label).run();
        } else {
            new RemoteWalk(qualified, matchers, label).run();
        }
    }

    /** The id of a file at {@code relative} in a walk labelled {@code label}. */
    private static String idOf(String label, String relative) {
        return label == null ? relative : label + "/" + relative;
    }

    /** A folder on the local file system, walked as {@code hanex annotate} walks it (links and all). */
    private final class LocalWalk {
        private final java.nio.file.Path root;
        private final List<PathMatcher> matchers;
        private final String label;
        private final Deque<java.nio.file.Path> reals = new ArrayDeque<>();
        private java.nio.file.Path rootReal;

        LocalWalk(java.nio.file.Path root, List<PathMatcher> matchers, String label) {
            this.root = root;
            this.matchers = matchers;
            this.label = label;
        }

        void run() throws IOException {
            try {
                rootReal = root.toRealPath();
                visit(rootReal, entries(root));
            } catch (IOException e) {
                unreadableFolder(root, e);
            }
        }

        private void visit(java.nio.file.Path real, List<java.nio.file.Path> entries) throws IOException {
            reals.push(real);
            for (java.nio.file.Path path : entries) {
                entry(path);
            }
            reals.pop();
        }

        private void descend(java.nio.file.Path dir, java.nio.file.Path real) throws IOException {
            List<java.nio.file.Path> entries;
            java.nio.file.Path r;
            try {
                entries = entries(dir);
                r = real != null ? real : dir.toRealPath();
            } catch (IOException e) {
                unreadableFolder(dir, e);
                return;
            }
            visit(r, entries);
        }

        private void entry(java.nio.file.Path path) throws IOException {
            String name = path.getFileName().toString();
            if (Files.isSymbolicLink(path)) {
                java.nio.file.Path target;
                try {
                    target = path.toRealPath();
                } catch (IOException e) {
                    if (readable(name)) {
                        notFollowed(path, "a broken symbolic link");
                    }
                    return;
                }
                boolean inside = target.startsWith(rootReal);
                if (Files.isDirectory(target)) {
                    if (!inside && !followLinks) {
                        notFollowed(path, "a symbolic link to a folder outside the input folder, not followed"
                            + " (--follow-links follows it)");
                    } else if (reals.contains(target)) {
                        notFollowed(path, "a symbolic link to a folder that contains it (a loop), not followed");
                    } else {
                        descend(path, target);
                    }
                    return;
                }
                if (!readable(name)) {
                    return;
                }
                if (!inside && !followLinks) {
                    notFollowed(path, "a symbolic link to a file outside the input folder, not followed "
                        + "(--follow-links follows it)");
                    return;
                }
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                descend(path, null);
                return;
            }
            if (!readable(name)) {
                return;
            }
            java.nio.file.Path relative = root.relativize(path);
            if (matchers != null && matchers.stream().noneMatch(m -> m.matches(relative))) {
                return;
            }
            if (!Files.isRegularFile(path)) {
                notFollowed(path, "not a regular file (a device, pipe or socket), not read");
                return;
            }
            Path hadoop = new Path(path.toUri());
            file(hadoop, Files.size(path), idOf(label, slashed(relative)), key(hadoop));
        }

        private List<java.nio.file.Path> entries(java.nio.file.Path dir) throws IOException {
            List<java.nio.file.Path> entries = new ArrayList<>();
            try (DirectoryStream<java.nio.file.Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            } catch (DirectoryIteratorException e) {
                throw e.getCause();
            }
            entries.sort(null);
            return entries;
        }

        private void unreadableFolder(java.nio.file.Path dir, IOException e) {
            java.nio.file.Path name = dir.toAbsolutePath().normalize().getFileName();
            String id = !dir.equals(root) ? idOf(label, slashed(root.relativize(dir))) : label != null ? label
                : name == null ? "root" : name.toString();
            String uri = dir.toAbsolutePath().normalize().toUri().toString();
            unavailable(id + "/", uri, "cannot read the folder (" + describe(e) + "): its documents are not in this "
                + "run", uri);
        }

        private void notFollowed(java.nio.file.Path path, String reason) {
            String uri = path.toAbsolutePath().normalize().toUri().toString();
            unavailable(idOf(label, slashed(root.relativize(path))), uri, reason, uri);
        }
    }

    /** A folder on a file system without links (HDFS, S3 ...): listed folder by folder, entries in name order. */
    private final class RemoteWalk {
        private final Path root;
        private final List<PathMatcher> matchers;
        private final String label;
        private final FileSystem fs;

        RemoteWalk(Path root, List<PathMatcher> matchers, String label) throws IOException {
            this.root = root;
            this.matchers = matchers;
            this.label = label;
            this.fs = root.getFileSystem(conf);
        }

        void run() throws IOException {
            visit(root, "");
        }

        private void visit(Path dir, String prefix) throws IOException {
            FileStatus[] entries;
            try {
                entries = fs.listStatus(dir);
            } catch (IOException e) {
                String id = prefix.isEmpty() ? (label != null ? label : dir.getName().isEmpty() ? "root"
                    : dir.getName()) : idOf(label, prefix.substring(0, prefix.length() - 1));
                unavailable(id + "/", dir.toString(), "cannot read the folder (" + describe(e) + "): its documents "
                    + "are not in this run", dir.toString());
                return;
            }
            Arrays.sort(entries, Comparator.comparing(s -> java.nio.file.Path.of(s.getPath().getName())));
            for (FileStatus entry : entries) {
                String name = entry.getPath().getName();
                String relative = prefix + name;
                if (entry.isDirectory()) {
                    visit(entry.getPath(), relative + "/");
                } else if (readable(name) && (matchers == null
                    || matchers.stream().anyMatch(m -> m.matches(java.nio.file.Path.of(relative))))) {
                    file(entry.getPath(), entry.getLen(), idOf(label, relative), key(entry.getPath()));
                }
            }
        }
    }

    // ---- documents

    /** A file found: a page or a WARC file under a unique id. */
    private void file(Path path, long size, String docId, String key) {
        String uri = path.toString();
        if (InputCollector.isWarc(path.getName())) {
            // Its records are <docId>#<n>: the same WARC id again gives record ids <docId>#<n>~2 ...
            List<String> origins = warcs.computeIfAbsent(docId, k -> new ArrayList<>());
            boolean sameFile = origins.contains(key);
            String suffix = origins.isEmpty() ? "" : "~" + (origins.size() + 1);
            int firstSame = origins.indexOf(key);
            origins.add(key);
            if (!suffix.isEmpty()) {
                LOG.warn("{}: WARC file id met again ({}); its records are <id>#<n>{}", docId, uri, suffix);
            }
            String sameAs = !sameFile ? null : firstSame == 0 ? "" : "~" + (firstSame + 1);
            files.add(InputFile.warc(uri, docId, size, suffix, sameAs));
            return;
        }
        String id = unique(docId, TaskDocuments.sourceUri(path) + "\0" + key);
        if (id.equals(docId)) {
            files.add(InputFile.page(uri, id, size));
        } else if (seen.get(id).equals(seen.get(docId))) {
            LOG.warn("{}: the same input named twice ({}); listed as failed under {}", docId, uri, id);
            files.add(InputFile.missing(TaskDocuments.sourceUri(path), id, "the same input as " + docId
                + ", named again by the inputs: annotated once, as " + docId));
        } else {
            LOG.warn("{}: document id met again ({}); this one is {}", docId, uri, id);
            files.add(InputFile.page(uri, id, size));
        }
    }

    /** A document that fails with {@code problem} (a list line, a folder, a link), under a unique id. */
    private void unavailable(String docId, String source, String problem, String container) {
        String id = unique(docId, source + "\0" + container);
        if (!id.equals(docId) && seen.get(id).equals(seen.get(docId))) {
            problem = "the same input as " + docId + ", named again by the inputs: annotated once, as " + docId;
        }
        files.add(InputFile.missing(source, id, problem));
    }

    /** The id of a document: its own, or {@code <id>~2}, {@code ~3} ... when an earlier document has it. */
    private String unique(String docId, String origin) {
        String first = seen.putIfAbsent(docId, origin);
        if (first == null) {
            return docId;
        }
        String id;
        int n = 2;
        do {
            id = docId + "~" + n++;
        } while (seen.containsKey(id));
        seen.put(id, origin);
        return id;
    }

    // ---- names

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
        return slashed(p);
    }

    private static String slashed(java.nio.file.Path relative) {
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException || e instanceof org.apache.hadoop.security.AccessControlException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException || e instanceof java.io.FileNotFoundException) {
            return "no longer there";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
