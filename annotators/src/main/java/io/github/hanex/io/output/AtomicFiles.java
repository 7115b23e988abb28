package io.github.hanex.io.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that no reader ever sees half of one: the content goes to a temporary file beside the target
 * (named {@code .<name>.<random>.tmp}), which is then renamed over it. A killed process leaves at most such a
 * temporary file, never a truncated target; {@link #isTemporary} tells them apart for clean-up.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path tmp = temporaryFor(target);
        boolean committed = false;
        try {
            try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            commit(tmp, target);
            committed = true;
        } finally {
            if (!committed) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * A new temporary path beside {@code target} (its folder is created). Unlike {@code Files.createTempFile}, the
     * file gets the usual permissions once created, so the renamed output is readable by others as usual.
     */
    public static Path temporaryFor(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            // createDirectories on an existing folder costs a failed mkdir and an exception: once per file
            Files.createDirectories(dir);
        }
        // 63 random bits (an unsigned 64-bit number would be printed through BigInteger)
        String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        return dir.resolve("." + target.getFileName() + "." + random + ".tmp");
    }

    /** Renames a finished temporary file over the target, atomically where the file system can. */
    public static void commit(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether a file name is one of the temporary files this class writes (left behind by a killed process). */
    public static boolean isTemporary(String fileName) {
        return fileName.startsWith(".") && fileName.endsWith(".tmp");
    }
}
