package io.github.hanex.spark;

import io.github.hanex.run.DocumentPipeline;
import io.github.hanex.run.DocumentRows;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * What a task does with its inputs: borrows this JVM's hanex pipeline, reads the documents one at a time and
 * turns each into its row of the nested schema ({@link Tables}), lazily, so a WARC file of any size streams
 * through. A document that fails is a row too (status {@code failed}, with its {@code errors} row); only the loss
 * of the JVM fails the task, and Spark's retry makes the same rows again.
 */
final class AnnotateTask implements FlatMapFunction<Iterator<List<InputFile>>, Row> {
    private static final long serialVersionUID = 1L;

    private final JobSettings settings;
    private final Tables tables;
    private final HadoopConf conf;

    AnnotateTask(JobSettings settings, Tables tables, HadoopConf conf) {
        this.settings = settings;
        this.tables = tables;
        this.conf = conf;
    }

    @Override
    public Iterator<Row> call(Iterator<List<InputFile>> groups) throws Exception {
        List<InputFile> files = new ArrayList<>();
        groups.forEachRemaining(files::addAll);
        DocumentPipeline pipeline = Pipelines.borrow(settings);
        TaskDocuments documents = new TaskDocuments(files, conf.get(), settings.maxBytes);
        AtomicBoolean returned = new AtomicBoolean();
        TaskContext context = TaskContext.get();
        if (context != null) {
            // a task that failed or was killed: its pipeline may be mid-document; let it go
            context.addTaskCompletionListener(c -> {
                documents.close();
                if (returned.compareAndSet(false, true)) {
                    pipeline.close();
                }
            });
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (documents.hasNext()) {
                    return true;
                }
                documents.close();
                if (returned.compareAndSet(false, true)) {
                    Pipelines.release(settings, pipeline);
                }
                return false;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TaskDocuments.Source source = documents.next();
                DocumentRows rows = pipeline.process(source.document());
                return tables.row(rows, source.format());
            }
        };
    }
}
