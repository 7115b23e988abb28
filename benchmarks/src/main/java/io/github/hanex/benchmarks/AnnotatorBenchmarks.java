package io.github.hanex.benchmarks;

import io.github.hanex.boilerplate.BoilerplateRemover;
import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.io.input.TextDecoder;
import io.github.hanex.io.output.AnnotationRows;
import io.github.hanex.io.output.XmiFiles;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.tokenize.KomoranAnalyzer;
import io.github.hanex.tokenize.SentenceSplitter;
import io.github.hanex.tokenize.UserDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of each stage of the pipeline on the same pages, one operation being one pass over all sample pages:
 * decoding, boilerplate removal, tokenization (KOMORAN through the CAS), KOMORAN alone, the rows of
 * annotations.csv, XMI serialization and the whole pipeline. Pages come from the bundled samples or from the
 * folder named by {@code -Dhanex.bench.dir=...} (pass it with {@code -jvmArgs}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xss4m"})
public class AnnotatorBenchmarks {

    private static final List<String> SAMPLES = List.of("a.txt", "b.html", "sub/d.htm");

    private record Page(String id, InputFormat format, byte[] bytes, String raw, String article,
        List<String> sentences) {
    }

    private final List<Page> pages = new ArrayList<>();
    private AnalysisEngine pipeline;
    private AnalysisEngine boilerplate;
    private AnalysisEngine tokenizer;
    private KomoranAnalyzer komoran;
    private KomoranAnalyzer stockKomoran;
    private JCas jcas;
    /** One fully annotated CAS per page, for the writers. */
    private final List<JCas> annotated = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        PipelineOptions options = new PipelineOptions();
        pipeline = AnalysisEngineFactory.createEngine(HanexPipeline.create(options));
        boilerplate = AnalysisEngineFactory.createEngine(BoilerplateRemover.class);
        tokenizer = AnalysisEngineFactory.createEngine(HanexPipeline.tokenizer(options));
        UserDictionary userDictionary = UserDictionary.load(HanexPipeline.BUNDLED_USER_DICTIONARY);
        komoran = new KomoranAnalyzer(options.komoranModel, userDictionary);
        stockKomoran = KomoranAnalyzer.stock(options.komoranModel, userDictionary);
        jcas = pipeline.newJCas();
        for (Sample s : samples()) {
            InputFormat format = InputFormat.of(s.name());
            String raw = TextDecoder.decode(s.bytes(), format == InputFormat.HTML).text();
            JCas done = pipeline.newJCas();
            DocumentLoader.loadText(done, s.name(), "file:" + s.name(), format, raw, "UTF-8");
            pipeline.process(done);
            String article = done.getDocumentText();
            List<String> sentences = SentenceSplitter.split(article).stream()
                .map(span -> article.substring(span.begin(), span.end())).toList();
            pages.add(new Page(s.name(), format, s.bytes(), raw, article, sentences));
            annotated.add(done);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pipeline.destroy();
        boilerplate.destroy();
        tokenizer.destroy();
    }

    @Benchmark
    public void decode(Blackhole bh) throws Exception {
        for (Page p : pages) {
            bh.consume(TextDecoder.decode(p.bytes(), p.format() == InputFormat.HTML));
        }
    }

    @Benchmark
    public void boilerplate(Blackhole bh) throws Exception {
        for (Page p : pages) {
            jcas.reset();
            DocumentLoader.loadText(jcas, p.id(), "file:" + p.id(), p.format(), p.raw(), "UTF-8");
            boilerplate.process(jcas);
            bh.consume(jcas.getDocumentText());
        }
    }

    @Benchmark
    public void tokenizer(Blackhole bh) throws Exception {
        for (Page p : pages) {
            jcas.reset();
            jcas.setDocumentText(p.article());
            tokenizer.process(jcas);
            bh.consume(jcas.getAnnotationIndex().size());
        }
    }

    /** KOMORAN as hanex runs it (its tag-id lookups indexed), sentence by sentence, no CAS. */
    @Benchmark
    public void komoranAlone(Blackhole bh) {
        for (Page p : pages) {
            for (String sentence : p.sentences()) {
                bh.consume(komoran.analyze(sentence));
            }
        }
    }

    /** KOMORAN as shipped, on the same sentences. */
    @Benchmark
    public void komoranStock(Blackhole bh) {
        for (Page p : pages) {
            for (String sentence : p.sentences()) {
                bh.consume(stockKomoran.analyze(sentence));
            }
        }
    }

    @Benchmark
    public void annotationRows(Blackhole bh) {
        for (JCas done : annotated) {
            bh.consume(AnnotationRows.of(done));
        }
    }

    @Benchmark
    public void xmi() throws IOException {
        for (JCas done : annotated) {
            XmiFiles.serialize(done.getCas(), OutputStream.nullOutputStream());
        }
    }

    @Benchmark
    public void pipeline(Blackhole bh) throws Exception {
        for (Page p : pages) {
            jcas.reset();
            DocumentLoader.loadText(jcas, p.id(), "file:" + p.id(), p.format(), p.raw(), "UTF-8");
            pipeline.process(jcas);
            bh.consume(jcas.getAnnotationIndex().size());
        }
    }

    private record Sample(String name, byte[] bytes) {
    }

    private static List<Sample> samples() throws IOException {
        List<Sample> samples = new ArrayList<>();
        String dir = System.getProperty("hanex.bench.dir");
        if (dir != null) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    if (InputFormat.of(f.getFileName().toString()) != null && !f.toString().endsWith(".gz")) {
                        samples.add(new Sample(f.getFileName().toString(), Files.readAllBytes(f)));
                    }
                }
            }
            return samples;
        }
        for (String name : SAMPLES) {
            try (InputStream in = AnnotatorBenchmarks.class.getResourceAsStream("/samples/" + name)) {
                samples.add(new Sample(name, in.readAllBytes()));
            }
        }
        return samples;
    }
}
