package io.github.hanex.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder of a job (any Hadoop file system) and the rule that the job touches only what hanex writes
 * there. A job writes into a new or empty folder, or one of an earlier hanex Spark job (its run record
 * {@value #RUN_RECORD} says so); it refuses a file, a folder with other content, and a folder that is or contains
 * one of its inputs. In a folder of its own it replaces its tables and removes the ones of an earlier job that
 * this one does not write (the XMI of a job with {@code --xmi}); files a user put beside them stay.
 */
final class OutputFolder {
    /** The record of the last job in the folder: settings, inputs, counts; {@code _} hides it from table readers. */
    static final String RUN_RECORD = "_hanex_run.json";
    /** The type system of the XMI table. */
    static final String TYPE_SYSTEM = "TypeSystem.xml";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final FileSystem fs;
    private final Path out;

    private OutputFolder(FileSystem fs, Path out) {
        this.fs = fs;
        this.out = out;
    }

    /**
     * Checks that a job may write into {@code output} and creates it.
     *
     * @param inputRoots the files and folders the job reads, qualified
     * @param owned the names of everything hanex writes at the top of the folder
     */
    static OutputFolder prepare(String output, List<Path> inputRoots, Set<String> owned, Configuration conf)
        throws IOException {
        Path path = new Path(output);
        FileSystem fs = path.getFileSystem(conf);
        Path out = fs.makeQualified(path);
        for (Path input : inputRoots) {
            if (isUnder(input, out)) {
                throw new RefusedException("the output folder " + output + (input.equals(out) ? " is" : " contains")
                    + " the input " + input + ": give -o a folder of its own");
            }
        }
        if (fs.exists(out)) {
            FileStatus status = fs.getFileStatus(out);
            if (!status.isDirectory()) {
                throw new RefusedException(output + " is a file, not a folder: give -o a folder (new, or of an "
                    + "earlier hanex Spark job)");
            }
            FileStatus[] entries = fs.listStatus(out);
            boolean ours = entries.length == 0 || fs.exists(new Path(out, RUN_RECORD));
            if (!ours) {
                throw new RefusedException(output + " holds other files and no " + RUN_RECORD + " of an earlier hanex "
                    + "Spark job: give -o a new or empty folder");
            }
        } else {
            fs.mkdirs(out);
        }
        return new OutputFolder(fs, out);
    }

    private static boolean isUnder(Path path, Path folder) {
        for (Path p = path; p != null; p = p.getParent()) {
            if (p.equals(folder)) {
                return true;
            }
        }
        return false;
    }

    Path path() {
        return out;
    }

    Path resolve(String name) {
        return new Path(out, name);
    }

    /** Removes entries an earlier job wrote that this one does not write (of {@code owned}, nothing else). */
    void removeStale(Set<String> owned, Set<String> written) throws IOException {
        for (String name : owned) {
            if (!written.contains(name)) {
                fs.delete(resolve(name), true);
            }
        }
    }

    /** Writes a small file in one piece (an object store shows it whole or not at all). */
    void write(String name, byte[] bytes) throws IOException {
        try (OutputStream stream = fs.create(resolve(name), true)) {
            stream.write(bytes);
        }
    }

    /** Writes the run record. */
    void record(Map<String, Object> record) throws IOException {
        write(RUN_RECORD, JSON.writeValueAsBytes(record));
    }

    /** Whether a table folder holds no data file (a job whose tasks had no rows for it). */
    boolean hasNoDataFile(String table) throws IOException {
        Path dir = resolve(table);
        if (!fs.exists(dir)) {
            return true;
        }
        for (FileStatus s : fs.listStatus(dir)) {
            String name = s.getPath().getName();
            if (s.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Refused output folder (exit code 3, as {@code hanex annotate}). */
    static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }
}
