package io.github.hanex.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the documents under the given inputs: a file is one document named by its file name; a directory is
 * walked recursively (in a stable, sorted order) for {@code .txt}, {@code .html}/{@code .htm} (and their
 * {@code .gz} variants), each named by its path relative to that directory, with {@code /} separators.
 */
public final class InputCollector {

    private InputCollector() {
    }

    /** The documents under {@code inputs}, in a stable order; a document found twice is kept once. */
    public static List<InputDocument> collect(List<Path> inputs) throws IOException {
        Map<String, InputDocument> byId = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (InputDocument doc : walk(input)) {
                    byId.putIfAbsent(doc.docId(), doc);
                }
            } else if (Files.isRegularFile(input)) {
                String name = input.getFileName().toString();
                InputFormat format = InputFormat.of(name);
                byId.putIfAbsent(name, new InputDocument(name, input, format == null ? InputFormat.TEXT : format));
            } else {
                throw new IOException(input + ": no such file or directory");
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static List<InputDocument> walk(Path root) throws IOException {
        List<InputDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).sorted().forEach(path -> {
                InputFormat format = InputFormat.of(path.getFileName().toString());
                if (format != null) {
                    String id = root.relativize(path).toString().replace('\\', '/');
                    docs.add(new InputDocument(id, path, format));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return docs;
    }
}
