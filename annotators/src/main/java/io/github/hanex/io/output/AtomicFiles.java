package io.github.hanex.io.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

    /** The most bytes of a target's name kept in its temporary file's name. */
    private static final int MAX_NAME_BYTES = 200;

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
        return dir.resolve("." + head(target.getFileName().toString()) + "." + random + ".tmp");
    }

    /**
     * The target's name in its temporary file's, cut to {@value #MAX_NAME_BYTES} UTF-8 bytes: the temporary name
     * adds up to 19 bytes, and a target name near the file system's limit (255 bytes) must still get one.
     */
    private static String head(String name) {
        if (name.length() * 3 <= MAX_NAME_BYTES || name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return name;
        }
        StringBuilder head = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes > MAX_NAME_BYTES) {
                break;
            }
            head.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return head.toString();
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
