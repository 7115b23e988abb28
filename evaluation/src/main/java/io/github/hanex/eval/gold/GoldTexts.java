package io.github.hanex.eval.gold;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.MentionSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the plain text of each gold document (a sentence of a BIO or inline-tag file) as
 * {@code DIR/<doc_id>.txt}, UTF-8, without a trailing newline, so that {@code hanex annotate --no-boilerplate DIR}
 * sees exactly the text the gold offsets refer to and names the documents {@code <doc_id>.txt}, which the
 * evaluator matches with {@code <doc_id>}.
 */
public final class GoldTexts {

    private GoldTexts() {
    }

    /**
     * @return the number of files written
     * @throws IOException when a document has no text (the gold format carries none) or a file cannot be written
     */
    public static int write(MentionSet gold, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path root = dir.toAbsolutePath().normalize();
        int n = 0;
        for (String docId : gold.documents()) {
            String text = gold.text(docId, Anchor.ARTICLE).orElseThrow(() -> new IOException(
                "the gold format has no document texts (only BIO, inline-tag and XMI gold do)"));
            Path file = root.resolve(docId + ".txt").normalize();
            if (!file.startsWith(root)) {
                throw new IOException("document id leaves the output directory: " + docId);
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            n++;
        }
        return n;
    }
}
