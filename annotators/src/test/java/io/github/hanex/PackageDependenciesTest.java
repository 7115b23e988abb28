package io.github.hanex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The imports between hanex's packages point one way: readers and writers know the annotators' vocabulary, the
 * annotators know neither readers nor writers (they meet in the CAS and in {@code io.github.hanex.cas}), and only
 * the pipeline knows every annotator.
 */
class PackageDependenciesTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "io", "github", "hanex");
    private static final List<String> ANNOTATOR_PACKAGES = List.of("boilerplate", "tokenize", "ner", "money", "date",
        "place", "event", "text", "resource");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.github\\.hanex\\.([a-z.]+)\\.[A-Z]",
        Pattern.MULTILINE);

    @Test
    void annotatorsImportNoReaderWriterOrPipeline() throws IOException {
        for (String pkg : ANNOTATOR_PACKAGES) {
            assertThat(imports(pkg)).as("packages imported by %s", pkg)
                .noneMatch(p -> p.startsWith("io") || p.startsWith("pipeline"));
        }
    }

    @Test
    void readersAndWritersDoNotImportEachOther() throws IOException {
        assertThat(imports("io/input")).noneMatch(p -> p.startsWith("io.output"));
        assertThat(imports("io/output")).noneMatch(p -> p.startsWith("io.input"));
    }

    /** The hanex packages (relative to io.github.hanex) imported by the sources of one package, with repeats. */
    private static List<String> imports(String pkg) throws IOException {
        Path dir = SOURCES.resolve(pkg);
        assertThat(dir).isDirectory();
        List<String> imported = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    imported.add(m.group(1));
                }
            }
        }
        return imported;
    }
}
