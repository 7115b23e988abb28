package io.github.hanex.run;

import io.github.hanex.io.output.AtomicFiles;
import io.github.hanex.io.output.XmiFiles;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder of a corpus run, and the rule that hanex touches only what it wrote there. A run writes into
 * a new or empty folder, or one that holds an earlier hanex run's output (its {@code .hanex} state folder says
 * so); it refuses a folder with other content, a file, and a folder that is or contains one of its inputs.
 * In a folder of its own, it deletes only its own files: the temporary files of its writes, and with
 * {@code --fresh} the tables, the type system and the XMI files its journal lists. Files a user put beside them
 * (a report, notes) are never touched.
 */
final class OutputFolder {
    /** A temporary file of {@link AtomicFiles}: {@code .<name>.<random>.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.tmp");

    private final Path out;
    private final List<String> files;
    private final boolean created;

    /**
     * @param files the names of the files hanex writes at the top of the folder (tables, type system)
     * @param created whether this run created the folder
     */
    private OutputFolder(Path out, List<String> files, boolean created) {
        this.out = out;
        this.files = files;
        this.created = created;
    }

    /**
     * Checks that a run may write into {@code out} and creates it with its state folder.
     *
     * @param inputs the files and folders the run reads (its inputs' roots)
     * @param files the names of the files hanex writes at the top of the folder
     */
    static OutputFolder prepare(Path out, List<Path> inputs, List<String> files) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new RunRefusedException(out + " is a file, not a folder: give -o a folder (new, or of an earlier "
                + "hanex run)");
        }
        Path outReal = real(out);
        for (Path input : inputs) {
            Path inputReal = real(input);
            if (inputReal.startsWith(outReal)) {
                throw new RunRefusedException("the output folder " + out + (inputReal.equals(outReal) ? " is"
                    : " contains") + " the input " + input + ": give -o a folder of its own");
            }
        }
        boolean created = !Files.exists(out);
        if (!created && !Files.isDirectory(out.resolve(CorpusRunner.STATE_DIR))) {
            List<String> found = new ArrayList<>();
            try (Stream<Path> entries = Files.list(out)) {
                entries.limit(4).forEach(p -> found.add(p.getFileName().toString()));
            }
            if (!found.isEmpty()) {
                throw new RunRefusedException(out + " holds files hanex did not write (" + String.join(", ",
                    found.subList(0, Math.min(3, found.size()))) + (found.size() > 3 ? " ..." : "") + "): give -o a "
                    + "new or empty folder, or one of an earlier hanex run");
            }
        }
        Files.createDirectories(out.resolve(CorpusRunner.STATE_DIR));
        return new OutputFolder(out, files, created);
    }

    /** The path itself if it exists (links resolved), else its nearest existing ancestor's with the rest. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    Path state() {
        return out.resolve(CorpusRunner.STATE_DIR);
    }

    /** Whether this run created the folder (and may remove it again if it cannot start). */
    boolean created() {
        return created;
    }

    /**
     * {@code --fresh}: deletes the outputs of earlier runs: the XMI files of the documents in the journal (and the
     * folders that leaves empty), the tables, the type system, and the run state but the lock.
     */
    void clear(Path journalFile) throws IOException {
        Path xmiDir = out.resolve(CorpusRunner.XMI_DIR);
        if (Files.isRegularFile(journalFile) && Files.isDirectory(xmiDir)) {
            try (Journal journal = Journal.open(journalFile)) {
                for (String docId : journal.docIds()) {
                    Path xmi = XmiFiles.xmiPath(xmiDir, docId);
                    if (Files.deleteIfExists(xmi)) {
                        pruneEmpty(xmi.getParent(), xmiDir);
                    }
                }
            }
            pruneEmpty(xmiDir, out);
        }
        for (String file : files) {
            Files.deleteIfExists(out.resolve(file));
        }
        try (Stream<Path> state = Files.list(state())) {
            for (Path p : (Iterable<Path>) state::iterator) {
                if (!p.getFileName().toString().equals("lock")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Deletes {@code dir} and its parents up to (not including) {@code top} while they are empty. */
    private static void pruneEmpty(Path dir, Path top) throws IOException {
        for (Path d = dir; d != null && !d.equals(top) && d.startsWith(top); d = d.getParent()) {
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }

    /**
     * Removes the temporary files a killed run left: those of the tables at the top of the folder, and those of
     * XMI files below {@code xmi/}; nothing else.
     */
    void removeTemporaries() throws IOException {
        try (Stream<Path> top = Files.list(out)) {
            for (Path p : (Iterable<Path>) top::iterator) {
                String name = p.getFileName().toString();
                if (TEMPORARY.matcher(name).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    && files.stream().anyMatch(f -> name.startsWith("." + f + "."))) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Path xmiDir = out.resolve(CorpusRunner.XMI_DIR);
        if (Files.isDirectory(xmiDir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(xmiDir)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (TEMPORARY.matcher(p.getFileName().toString()).matches()
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** After a run that could not start in a folder it created: removes the folder again (it holds only state). */
    void removeIfCreated() {
        if (!created) {
            return;
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left behind: a later run accepts a folder with hanex state
        }
    }
}
