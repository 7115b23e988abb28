package io.github.hanex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job, as spark-submit and {@code ./hanex spark-annotate} run it: {@code target/hanex-spark.jar}
 * holds hanex, its libraries (relocated where Spark has its own), KOMORAN and the rules, and no Spark; with Spark's
 * jars beside it, it runs in a JVM of its own.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "hanex-spark.jar");

    @TempDir
    Path tmp;

    @Test
    void theJarHoldsHanexKomoranAndTheRulesButNotSpark() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names).contains("io/github/hanex/spark/AnnotateJob.class",
                "io/github/hanex/run/DocumentPipeline.class",
                "io/github/hanex/shaded/jackson/databind/ObjectMapper.class",
                "kr/co/shineware/nlp/komoran/core/Komoran.class", "models_full/observation.model");
            assertThat(names).anyMatch(n -> n.startsWith("hanex/rules/"));
            assertThat(names).noneMatch(n -> n.startsWith("org/apache/spark/") || n.startsWith("scala/")
                || n.startsWith("com/fasterxml/") || n.startsWith("org/slf4j/") || n.startsWith("org/apache/hadoop/"));
            String types = new String(jar.getInputStream(jar.getEntry("META-INF/org.apache.uima.fit/types.txt"))
                .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(types).contains("io/github/hanex/type/Document.xml", "io/github/hanex/type/Events.xml");
            String tokenizers = new String(jar.getInputStream(jar.getEntry(
                "META-INF/services/org.apache.lucene.analysis.TokenizerFactory")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(tokenizers).contains("org.apache.lucene.analysis.ko.KoreanTokenizerFactory");
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                .isEqualTo(AnnotateJob.class.getName());
        }
    }

    @Test
    void theJarRunsWithSparksJarsInAJvmOfItsOwn() throws Exception {
        Path corpus = Path.of("..", "corpus").toAbsolutePath().normalize();
        List<String> docs = List.of("text/econ-001.txt", "html/econ-002.html", "text/econ-003.txt");
        Path list = tmp.resolve("inputs.txt");
        Files.write(list, docs.stream().map(d -> corpus.resolve(d).toString()).toList());
        Path out = tmp.resolve("out");
        String classpath = JAR.toAbsolutePath() + java.io.File.pathSeparator
            + Files.readString(Path.of("target", "spark-classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-Xmx2g"));
        command.addAll(Arrays.asList(System.getProperty("hanex.spark.jvmOptions").split("\\s+")));
        command.addAll(List.of("-Dlog4j2.configurationFile=" + Path.of("conf", "log4j2.properties").toAbsolutePath(),
            "-cp", classpath, AnnotateJob.class.getName(), "@" + list, "-o", out.toString(), "--master", "local[1]",
            "--xmi", "--rules-off", "people.gaz.tsv"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(tmp.resolve("job.log").toFile()).start();
        assertThat(process.waitFor(8, TimeUnit.MINUTES)).as("finished").isTrue();
        String log = Files.readString(tmp.resolve("job.log"));
        assertThat(process.exitValue()).as(log).isZero();

        JsonNode record = new ObjectMapper().readTree(out.resolve(OutputFolder.RUN_RECORD).toFile());
        assertThat(record.get("status").asText()).isEqualTo("done");
        assertThat(record.get("documents").asInt()).isEqualTo(3);
        assertThat(record.get("failed").asInt()).isZero();
        assertThat(record.at("/annotations/Money").asInt()).isPositive();
        for (String table : List.of("documents", "annotations", "events", "errors", "xmi")) {
            try (var files = Files.list(out.resolve(table))) {
                assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList())).as(table)
                    .anyMatch(n -> n.endsWith(".parquet"));
            }
        }
        assertThat(Files.readString(out.resolve("TypeSystem.xml"))).contains("io.github.hanex.type.Money");
    }
}
