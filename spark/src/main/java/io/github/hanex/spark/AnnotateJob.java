package io.github.hanex.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.run.DocumentPipeline;
import io.github.hanex.run.Errors;
import io.github.hanex.run.Limits;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hanex annotate} as a Spark job: the same inputs, document ids, pipeline options and table columns,
 * written as Parquet tables.
 *
 * <pre>
 * spark-submit --class io.github.hanex.spark.AnnotateJob hanex-spark.jar \
 *     --input 's3a://bucket/crawl/*.warc.gz' --output s3a://bucket/hanex/2026-12
 * ./hanex spark-annotate corpus/ -o out/ --master 'local[2]'
 * </pre>
 *
 * <p>The driver checks the pipeline (rule files, dictionaries) and the output folder, lists the inputs and splits
 * them into tasks ({@link TaskGroups}); each task annotates its documents with its executor's pipeline
 * ({@link AnnotateTask}); the per-document rows are kept (memory, then disk) while the tables are written from
 * them, so each document is annotated once. Each table is written with Spark's file commit protocol in overwrite
 * mode: a retried or speculative task's files are never both committed, and a rerun with the same inputs gives the
 * same rows.
 */
@Command(name = "spark-annotate", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = AnnotateJob.Version.class,
    description = {"Annotates a corpus on Apache Spark and writes the Parquet tables OUT/documents,",
        "OUT/annotations, OUT/events, OUT/errors (and OUT/xmi with --xmi): the tables of",
        "hanex annotate, with the same columns, typed.",
        "",
        "INPUT is a file (.txt, .html/.htm, their .gz variants, a .warc/.warc.gz",
        "archive), a directory (read recursively), a glob such as 'crawl/**/*.html'",
        "(quote it), or @list.txt; local paths or Hadoop URIs (hdfs://, s3a://).",
        "",
        "Exit code: 0 all documents done, 1 some failed (local mode only: on a",
        "cluster a finished job succeeds, failed documents are rows of OUT/errors),",
        "2 usage error, 3 the job could not start or finish."})
public final class AnnotateJob implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotateJob.class);

    /** Exit code: every document was annotated. */
    public static final int OK = 0;
    /** Exit code: some documents failed (in local mode). */
    public static final int SOME_FAILED = 1;
    /** Exit code: wrong usage. */
    public static final int USAGE = 2;
    /** Exit code: the job could not start or finish. */
    public static final int FATAL = 3;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files, directories, globs or @lists.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-i", "--input"}, paramLabel = "INPUT", description = "An input, as INPUT; repeatable.")
    List<String> inputOptions = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
        description = "Output folder (a path or Hadoop URI): new, empty, or of an earlier job.")
    String output;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master, e.g. 'local[2]' to run in this process; spark-submit sets it otherwise.")
    String master;

    @Option(names = "--no-boilerplate", description = "The inputs are clean article text: keep the whole file.")
    boolean noBoilerplate;

    @Option(names = "--analyzer", defaultValue = "komoran", paramLabel = "NAME",
        description = "Korean analyzer: komoran or nori (default: ${DEFAULT-VALUE}).")
    String analyzer;

    @Option(names = "--komoran-model", defaultValue = "FULL", paramLabel = "MODEL",
        description = "KOMORAN model: FULL or LIGHT (default: ${DEFAULT-VALUE}).")
    String komoranModel;

    @Option(names = "--user-dictionary", paramLabel = "FILE",
        description = "An extra analyzer user dictionary (WORD<TAB>POS lines), read by the driver from any file "
            + "system; repeatable.")
    List<String> userDictionaries = new ArrayList<>();

    @Option(names = "--rules-add", paramLabel = "FILE",
        description = "An extra rule file (*.gaz.tsv, *.words.tsv, *.patterns.tsv), read by the driver from any "
            + "file system; repeatable. See rules/README.md.")
    List<String> rulesAdd = new ArrayList<>();

    @Option(names = "--rules-off", paramLabel = "NAME",
        description = "Leave out a bundled rule file, by name (e.g. people.gaz.tsv); repeatable.")
    List<String> rulesOff = new ArrayList<>();

    @Option(names = "--follow-links", description = "Follow symbolic links in local input folders wherever they "
        + "point (default: only to files and folders inside the input folder).")
    boolean followLinks;

    @Option(names = "--max-bytes", paramLabel = "BYTES",
        description = "Largest input accepted, after gunzip (default: ${DEFAULT-VALUE}).")
    long maxBytes = DocumentLoader.DEFAULT_MAX_BYTES;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS",
        description = "Fail a document that takes longer and restart its pipeline; 0 for no limit "
            + "(default: ${DEFAULT-VALUE}).")
    double docTimeout = 120;

    @Option(names = "--xmi", description = "Also write OUT/xmi (doc_id, xmi: the XMI of each annotated document, "
        + "zstd-compressed Parquet) and OUT/TypeSystem.xml.")
    boolean xmi;

    @Option(names = "--no-xmi", hidden = true, description = "The default (accepted as in hanex annotate).")
    boolean noXmi;

    @Option(names = "--files-per-task", paramLabel = "N",
        description = "Page files per task at most (default: ${DEFAULT-VALUE}); each WARC file is a task.")
    int filesPerTask = 500;

    @Option(names = "--bytes-per-task", paramLabel = "BYTES",
        description = "Bytes of page files per task at most (default: ${DEFAULT-VALUE}).")
    long bytesPerTask = 256L << 20;

    public static void main(String[] args) {
        int code = run(args);
        // spark-submit on a cluster: a failed application may be retried whole; only a failure fails it
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs the job and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new AnnotateJob());
        cli.setExpandAtFiles(false); // @list.txt is an input list, not picocli's
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("hanex: " + Errors.describe(e));
            LOG.debug("the job failed", e);
            return FATAL;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        List<String> all = new ArrayList<>(inputs);
        all.addAll(inputOptions);
        String problem = usageProblem(all);
        if (problem != null) {
            System.err.println("hanex spark-annotate: " + problem);
            return USAGE;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("hanex annotate");
        if (master != null) {
            builder.master(master);
            SparkConf given = new SparkConf();
            if (master.startsWith("local") && !given.contains("spark.driver.host")
                && System.getenv("SPARK_LOCAL_IP") == null) {
                // one machine: Spark's own connections stay on the loopback interface
                builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
        } else if (!new SparkConf().contains("spark.master") && SparkSession.getActiveSession().isEmpty()) {
            System.err.println("hanex spark-annotate: give --master (e.g. 'local[2]'), or submit the job with "
                + "spark-submit");
            return USAGE;
        }
        // A session that is already running (a notebook, a test) is used and left running.
        boolean existing = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        SparkSession spark = builder.getOrCreate();
        try {
            return run(spark, all);
        } finally {
            if (!existing) {
                spark.stop();
            }
        }
    }

    private String usageProblem(List<String> all) {
        if (all.isEmpty()) {
            return "no input: give INPUT... or --input";
        }
        if (!List.of("komoran", "nori").contains(analyzer)) {
            return "--analyzer must be komoran or nori, not " + analyzer;
        }
        if (!List.of("FULL", "LIGHT").contains(komoranModel)) {
            return "--komoran-model must be FULL or LIGHT, not " + komoranModel;
        }
        String limit = Limits.maxBytesProblem(maxBytes);
        if (limit != null) {
            return "--max-bytes " + limit;
        }
        limit = Limits.docTimeoutProblem(docTimeout);
        if (limit != null) {
            return "--doc-timeout " + limit;
        }
        if (filesPerTask < 1 || bytesPerTask < 1) {
            return "--files-per-task and --bytes-per-task must be at least 1";
        }
        if (xmi && noXmi) {
            return "--xmi and --no-xmi contradict each other";
        }
        return null;
    }

    /** The job, in a Spark session. */
    int run(SparkSession spark, List<String> inputList) throws IOException {
        long start = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        PipelineOptions options = new PipelineOptions();
        options.boilerplate = !noBoilerplate;
        options.analyzer = analyzer;
        options.komoranModel = komoranModel;
        options.userDictionaries.addAll(userDictionaries);
        options.rulesAdd.addAll(rulesAdd);
        options.rulesOff.addAll(rulesOff);
        JobSettings settings = JobSettings.of(options, maxBytes, docTimeout, xmi, hadoop);

        // A pipeline on the driver: a broken rule file stops the job here, with file, line and reason. In local
        // mode the tasks run in this JVM and reuse it.
        Tables tables;
        byte[] typeSystem;
        DocumentPipeline check;
        try {
            check = Pipelines.borrow(settings);
        } catch (ResourceInitializationException | RuntimeException e) {
            System.err.println("hanex: " + Errors.describe(e));
            return FATAL;
        }
        try {
            List<Tables.Table> layout = new ArrayList<>();
            for (String file : check.tables()) {
                if (file.endsWith(".csv")) {
                    layout.add(Tables.table(file, check.columns(file)));
                }
            }
            tables = new Tables(layout, xmi);
            typeSystem = xmi ? check.typeSystemXml() : null;
        } finally {
            Pipelines.release(settings, check);
        }

        Set<String> owned = new LinkedHashSet<>();
        tables.nested().forEach(t -> owned.add(t.name()));
        owned.add(Tables.DOCUMENTS);
        owned.add(Tables.XMI);
        owned.add(OutputFolder.TYPE_SYSTEM);
        OutputFolder out;
        List<InputFile> files;
        try {
            out = OutputFolder.prepare(output, InputPlanner.roots(inputList, hadoop), owned, hadoop);
            files = InputPlanner.plan(inputList, hadoop, followLinks);
        } catch (IOException e) {
            System.err.println("hanex: " + e.getMessage());
            return FATAL;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("job", "hanex spark-annotate");
        record.put("hanex", version());
        record.put("spark", spark.version());
        record.put("started", Instant.now().toString());
        record.put("status", "running");
        record.put("inputs", inputList);
        record.put("settings", settings.describe(userDictionaries, rulesAdd));
        out.record(record);

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<List<InputFile>> groups = TaskGroups.of(files, filesPerTask, bytesPerTask,
            2 * jsc.defaultParallelism());
        LOG.info("{} inputs ({} WARC files) in {} tasks", files.size(),
            files.stream().filter(f -> f.kind() == InputFile.Kind.WARC).count(), groups.size());
        JavaRDD<Row> rows = jsc.parallelize(groups, Math.max(1, groups.size()))
            .mapPartitions(new AnnotateTask(settings, tables, new HadoopConf(hadoop)));
        Dataset<Row> documents = spark.createDataFrame(rows, tables.documentSchema())
            .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Set<String> written = new LinkedHashSet<>();
            write(spark, documents.select(columns(tables.documents())), Tables.schema(tables.documents()), out,
                Tables.DOCUMENTS, null);
            written.add(Tables.DOCUMENTS);
            for (Tables.Table table : tables.nested()) {
                Dataset<Row> tableRows = documents.select(explode(col(table.nestedColumn())).as("row")).select("row.*");
                write(spark, tableRows, Tables.schema(table), out, table.name(), null);
                written.add(table.name());
            }
            if (xmi) {
                Dataset<Row> xmiRows = documents.where(col(Tables.XMI_CONTENT).isNotNull())
                    .select(col("doc_id"), col(Tables.XMI_CONTENT).as(Tables.XMI));
                write(spark, xmiRows, (StructType) xmiRows.schema(), out, Tables.XMI, "zstd");
                out.write(OutputFolder.TYPE_SYSTEM, typeSystem);
                written.add(Tables.XMI);
                written.add(OutputFolder.TYPE_SYSTEM);
            }
            out.removeStale(owned, written);

            Summary summary = Summary.of(documents, tables);
            double seconds = (System.nanoTime() - start) / 1e9;
            record.put("status", "done");
            record.put("finished", Instant.now().toString());
            record.put("seconds", Math.round(seconds * 10) / 10.0);
            record.put("tasks", groups.size());
            record.put("documents", summary.documents());
            record.put("failed", summary.failed());
            record.put("annotations", summary.byType());
            out.record(record);
            System.err.printf(Locale.ROOT, "hanex: %d documents (%d ok, %d failed) in %.1f s, %.1f docs/s; %s%n"
                    + "hanex: tables in %s%n", summary.documents(), summary.documents() - summary.failed(),
                summary.failed(), seconds, summary.documents() / Math.max(seconds, 1e-9), summary.byType(),
                out.path());
            boolean local = spark.sparkContext().isLocal();
            return summary.failed() > 0 && local ? SOME_FAILED : OK;
        } finally {
            documents.unpersist();
        }
    }

    private static org.apache.spark.sql.Column[] columns(Tables.Table table) {
        return table.columns().stream().map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new);
    }

    /**
     * Writes one table in overwrite mode. A table no task had rows for still gets one (empty) data file, so it
     * reads with its schema.
     */
    private static void write(SparkSession spark, Dataset<Row> rows, StructType schema, OutputFolder out,
        String table, String compression) throws IOException {
        String path = out.resolve(table).toString();
        var writer = rows.write().mode(SaveMode.Overwrite);
        if (compression != null) {
            writer = writer.option("compression", compression);
        }
        writer.parquet(path);
        if (out.hasNoDataFile(table)) {
            var empty = spark.createDataFrame(List.of(), schema).coalesce(1).write().mode(SaveMode.Overwrite);
            if (compression != null) {
                empty = empty.option("compression", compression);
            }
            empty.parquet(path);
        }
    }

    /** Counts for the summary and the run record, from the kept rows. */
    record Summary(long documents, long failed, Map<String, Long> byType) {
        static Summary of(Dataset<Row> documents, Tables tables) {
            long all = documents.count();
            long failed = documents.where(col("status").equalTo("failed")).count();
            Map<String, Long> byType = new TreeMap<>();
            Tables.Table annotations = tables.nested().stream().filter(t -> t.name().equals("annotations"))
                .findFirst().orElse(null);
            if (annotations != null) {
                for (Row row : documents.select(explode(col(annotations.nestedColumn() + ".type")).as("type"))
                    .groupBy("type").count().collectAsList()) {
                    byType.put(row.getString(0), row.getLong(1));
                }
            }
            return new Summary(all, failed, byType);
        }
    }

    static String version() {
        String v = AnnotateJob.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"hanex " + version()};
        }
    }
}
