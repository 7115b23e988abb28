package io.github.hanex.run;

import io.github.hanex.io.output.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** The output files, written under temporary names and renamed into place by {@link #commit()}. */
final class OutputTables implements AutoCloseable {
    private final Map<String, Path> targets = new LinkedHashMap<>();
    private final Map<String, Path> temporaries = new LinkedHashMap<>();
    private final Map<String, OutputStream> streams = new LinkedHashMap<>();
    private boolean committed;

    OutputTables(Path out, DocumentProcessor processor) throws IOException {
        for (String file : processor.outputFiles()) {
            Path target = out.resolve(file);
            Path tmp = AtomicFiles.temporaryFor(target);
            OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
            targets.put(file, target);
            temporaries.put(file, tmp);
            streams.put(file, stream);
            stream.write(processor.header(file));
        }
    }

    void add(DocumentResult result) throws IOException {
        for (Map.Entry<String, OutputStream> e : streams.entrySet()) {
            e.getValue().write(result.part(e.getKey()));
        }
    }

    void commit() throws IOException {
        for (OutputStream s : streams.values()) {
            s.close();
        }
        for (String file : targets.keySet()) {
            AtomicFiles.commit(temporaries.get(file), targets.get(file));
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            for (Map.Entry<String, OutputStream> e : streams.entrySet()) {
                e.getValue().close();
                Files.deleteIfExists(temporaries.get(e.getKey()));
            }
        }
    }
}
