package io.github.hanex.spark;

import io.github.hanex.pipeline.PipelineOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * What shapes the results of a job, as the tasks need it: the pipeline options of {@code hanex annotate}, the
 * size and time limits, whether to make XMI, and the contents of the user's own rule files and dictionaries.
 * Those are read once on the driver (from any Hadoop file system: a local path, {@code hdfs://}, {@code s3a://})
 * and written by each executor into a local folder under their own file names, so a rule id
 * ({@code my.gaz.tsv:12}) is the same as with {@code hanex annotate}. {@code classpath:} and {@code http(s):}
 * locations are passed on as they are.
 */
final class JobSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    final boolean boilerplate;
    final String analyzer;
    final String komoranModel;
    final List<String> userDictionaries;
    final List<String> rulesAdd;
    final List<String> rulesOff;
    final long maxBytes;
    final double docTimeoutSeconds;
    final boolean xmi;
    /** Contents of the shipped files, by the key that stands for them in the location lists. */
    final Map<String, byte[]> shipped;
    /** Identifies these settings within a JVM (the pool of pipelines of one job's settings). */
    final String key;

    private JobSettings(PipelineOptions options, long maxBytes, double docTimeoutSeconds, boolean xmi,
        List<String> userDictionaries, List<String> rulesAdd, Map<String, byte[]> shipped) {
        this.boilerplate = options.boilerplate;
        this.analyzer = options.analyzer;
        this.komoranModel = options.komoranModel;
        this.userDictionaries = List.copyOf(userDictionaries);
        this.rulesAdd = List.copyOf(rulesAdd);
        this.rulesOff = List.copyOf(options.rulesOff);
        this.maxBytes = maxBytes;
        this.docTimeoutSeconds = docTimeoutSeconds;
        this.xmi = xmi;
        this.shipped = Map.copyOf(shipped);
        this.key = digest();
    }

    /** The settings of a job, reading the user's rule files and dictionaries through {@code conf}. */
    static JobSettings of(PipelineOptions options, long maxBytes, double docTimeoutSeconds, boolean xmi,
        Configuration conf) throws IOException {
        Map<String, byte[]> shipped = new LinkedHashMap<>();
        List<String> dictionaries = ship(options.userDictionaries, shipped, conf);
        List<String> rules = ship(options.rulesAdd, shipped, conf);
        return new JobSettings(options, maxBytes, docTimeoutSeconds, xmi, dictionaries, rules, shipped);
    }

    private static List<String> ship(List<String> locations, Map<String, byte[]> shipped, Configuration conf)
        throws IOException {
        List<String> result = new ArrayList<>();
        for (String location : locations) {
            if (passedOn(location)) {
                result.add(location);
                continue;
            }
            Path path = new Path(location);
            byte[] bytes;
            try (InputStream in = path.getFileSystem(conf).open(path)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new IOException(location + ": cannot read (" + e.getMessage() + ")", e);
            }
            String key = SHIPPED + shipped.size() + "/" + path.getName();
            shipped.put(key, bytes);
            result.add(key);
        }
        return result;
    }

    /** The prefix of a shipped file's key in the location lists. */
    private static final String SHIPPED = "shipped:";

    private static boolean passedOn(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("classpath:") || lower.startsWith("http:") || lower.startsWith("https:");
    }

    /** The pipeline options with the shipped files written under {@code folder} (a new folder of this JVM). */
    PipelineOptions pipelineOptions(java.nio.file.Path folder) throws IOException {
        PipelineOptions options = new PipelineOptions();
        options.boilerplate = boilerplate;
        options.analyzer = analyzer;
        options.komoranModel = komoranModel;
        options.rulesOff.addAll(rulesOff);
        options.userDictionaries.addAll(materialize(userDictionaries, folder));
        options.rulesAdd.addAll(materialize(rulesAdd, folder));
        return options;
    }

    private List<String> materialize(List<String> locations, java.nio.file.Path folder) throws IOException {
        List<String> result = new ArrayList<>();
        for (String location : locations) {
            byte[] bytes = shipped.get(location);
            if (bytes == null) {
                result.add(location);
                continue;
            }
            // shipped:<n>/<file name>: one folder per file keeps the file's own name
            java.nio.file.Path file = folder.resolve(location.substring(SHIPPED.length()));
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            result.add(file.toString());
        }
        return result;
    }

    boolean hasShippedFiles() {
        return !shipped.isEmpty();
    }

    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = String.join("\n", Boolean.toString(boilerplate), analyzer, komoranModel,
                String.join("\t", userDictionaries), String.join("\t", rulesAdd), String.join("\t", rulesOff),
                Long.toString(maxBytes), Double.toString(docTimeoutSeconds), Boolean.toString(xmi));
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(shipped).entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update(e.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The settings as a map, for the run record in the output folder. */
    Map<String, Object> describe(List<String> userDictionaryNames, List<String> rulesAddNames) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("boilerplate", boilerplate);
        map.put("analyzer", analyzer);
        map.put("komoran_model", komoranModel);
        map.put("user_dictionaries", userDictionaryNames);
        map.put("rules_add", rulesAddNames);
        map.put("rules_off", rulesOff);
        map.put("max_bytes", maxBytes);
        map.put("doc_timeout_seconds", docTimeoutSeconds);
        map.put("xmi", xmi);
        return map;
    }
}
