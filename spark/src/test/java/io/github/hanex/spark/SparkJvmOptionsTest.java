package io.github.hanex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * Spark on Java 17 needs the JVM options its launcher gives drivers and executors; the tests (surefire's argLine,
 * from spark/pom.xml) and {@code ./hanex spark-annotate} start Spark in-process and give them themselves. A Spark
 * upgrade that needs another one fails here.
 */
class SparkJvmOptionsTest {

    private static final List<String> SPARK = Arrays.asList(JavaModuleOptions.defaultModuleOptionArray());

    @Test
    void theTestJvmHasSparksOptions() {
        List<String> options = Arrays.asList(System.getProperty("hanex.spark.jvmOptions", "").split("\\s+"));
        assertThat(options).containsAll(SPARK);
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        assertThat(jvm).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
    }

    @Test
    void theLauncherGivesSparksOptions() throws IOException {
        String launcher = Files.readString(Path.of("..", "hanex")).replace("\\\n", " ");
        String line = launcher.lines().filter(l -> l.contains("SPARK_JVM_OPTIONS=")).findFirst().orElseThrow();
        List<String> options = Arrays.asList(line.substring(line.indexOf('"') + 1, line.lastIndexOf('"'))
            .strip().split("\\s+"));
        assertThat(options).containsAll(SPARK);
    }
}
