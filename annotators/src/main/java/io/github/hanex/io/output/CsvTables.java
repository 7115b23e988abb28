package io.github.hanex.io.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The one CSV dialect hanex writes: RFC 4180 (comma, double quotes, CRLF), UTF-8, with a header row. */
public final class CsvTables {
    /** RFC 4180; quotes only where needed. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private CsvTables() {
    }

    /** A printer that has written the header. */
    public static CSVPrinter open(Writer out, List<String> header) throws IOException {
        return new CSVPrinter(out, FORMAT.builder().setHeader(header.toArray(String[]::new)).get());
    }

    /** Reads with the header as column names (for gold files and tests). */
    public static CSVFormat readFormat() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }
}
