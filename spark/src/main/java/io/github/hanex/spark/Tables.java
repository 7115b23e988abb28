package io.github.hanex.spark;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.run.DocumentRows;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables of a job and how one document's rows become theirs. The tables are those of
 * {@code hanex annotate} ({@code documents}, {@code errors}, {@code annotations}, {@code events} and any table
 * the pipeline adds), with the same columns in the same order, typed: offsets and counts as {@code int}, money
 * values as {@code decimal(38,10)}, everything else as {@code string}; an empty CSV field is a null.
 *
 * <p>Each document first becomes one row of a nested schema: the {@code documents} columns, then one array of
 * structs per other table, then its XMI (with {@code --xmi}); the job writes each table from that.
 */
final class Tables implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The documents table, one row per document. */
    static final String DOCUMENTS = "documents";
    /** The failed documents (and values a column type could not hold). */
    static final String ERRORS = "errors";
    /** The XMI of each annotated document, with {@code --xmi}: the table and its column. */
    static final String XMI = "xmi";
    /** The XMI in the per-document rows ({@code documents} has a column {@code xmi}: where the CLI puts it). */
    static final String XMI_CONTENT = "xmi_content";

    /** Money values: 28 digits before the point (up to 10^28), 10 after; see {@link #decimal}. */
    static final int MONEY_PRECISION = 38;
    static final int MONEY_SCALE = 10;
    static final DecimalType MONEY = DataTypes.createDecimalType(MONEY_PRECISION, MONEY_SCALE);

    /** A table: its name (the CSV file's name without {@code .csv}), its CSV file and its columns. */
    record Table(String name, String file, List<String> columns) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Its column in the per-document rows (not its name: {@code documents} has a column {@code annotations}). */
        String nestedColumn() {
            return "rows_" + name;
        }
    }

    private final Table documents;
    private final List<Table> nested;
    private final boolean xmi;

    /**
     * @param tables the CSV files a document has rows in, in order, with their columns ({@code documents.csv}
     *     first; files that are not CSV tables are left out)
     */
    Tables(List<Table> tables, boolean xmi) {
        if (tables.isEmpty() || !tables.get(0).name().equals(DOCUMENTS)) {
            throw new IllegalArgumentException("documents.csv must come first: " + tables);
        }
        this.documents = tables.get(0);
        this.nested = List.copyOf(tables.subList(1, tables.size()));
        this.xmi = xmi;
    }

    /** A table of a CSV file name. */
    static Table table(String file, List<String> columns) {
        return new Table(file.replaceFirst("\\.csv$", ""), file, List.copyOf(columns));
    }

    Table documents() {
        return documents;
    }

    /** The tables other than {@code documents}: {@code errors}, {@code annotations}, {@code events} ... */
    List<Table> nested() {
        return nested;
    }

    boolean xmi() {
        return xmi;
    }

    /** The type of a column of any table: by its name, as the JSON lines of {@code hanex annotate} type them. */
    static DataType typeOf(String column) {
        if (column.equals("value") || column.equals("value_max") || column.equals("amount_value")) {
            return MONEY;
        }
        if (column.equals("begin") || column.equals("end") || column.endsWith("_begin") || column.endsWith("_end")
            || column.endsWith("_chars") || column.equals("paragraphs") || column.equals("sentences")
            || column.equals("tokens") || column.equals("annotations")) {
            return DataTypes.IntegerType;
        }
        return DataTypes.StringType;
    }

    /** The schema of a table. */
    static StructType schema(Table table) {
        List<StructField> fields = new ArrayList<>();
        for (String column : table.columns()) {
            // doc_id is never empty; every other column may be
            fields.add(DataTypes.createStructField(column, typeOf(column), !column.equals("doc_id")));
        }
        return DataTypes.createStructType(fields);
    }

    /** The schema of the per-document rows. */
    StructType documentSchema() {
        List<StructField> fields = new ArrayList<>(List.of(schema(documents).fields()));
        for (Table table : nested) {
            fields.add(DataTypes.createStructField(table.nestedColumn(),
                DataTypes.createArrayType(schema(table), false), false));
        }
        if (xmi) {
            fields.add(DataTypes.createStructField(XMI_CONTENT, DataTypes.BinaryType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * One document's row of the nested schema.
     *
     * @param format the format its file name says, kept in the documents row of a failed page file
     */
    Row row(DocumentRows rows, InputFormat format) {
        String docId = rows.docId();
        List<String> problems = new ArrayList<>();
        List<String> documentRow = new ArrayList<>(rows.documentRow());
        int formatColumn = documents.columns().indexOf("format");
        if (!rows.ok() && formatColumn >= 0) {
            documentRow.set(formatColumn, format.label());
        }
        List<Object> values = new ArrayList<>(typed(documents, documentRow, problems));
        List<List<Object>> nestedValues = new ArrayList<>();
        for (Table table : nested) {
            List<Row> tableRows = new ArrayList<>();
            for (List<String> row : rows.rows(table.file())) {
                tableRows.add(RowFactory.create(typed(table, row, problems).toArray()));
            }
            nestedValues.add(new ArrayList<>(tableRows));
        }
        if (!problems.isEmpty()) {
            int errors = indexOf(ERRORS);
            for (String problem : problems) {
                nestedValues.get(errors).add(RowFactory.create(docId, "write", problem));
            }
        }
        for (List<Object> tableRows : nestedValues) {
            values.add(tableRows.toArray(new Row[0])); // Spark's row encoder takes arrays (or Scala sequences)
        }
        if (xmi) {
            values.add(rows.xmi());
        }
        return RowFactory.create(values.toArray());
    }

    private int indexOf(String name) {
        for (int i = 0; i < nested.size(); i++) {
            if (nested.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no table " + name);
    }

    /** The typed values of a CSV row; a value its column cannot hold is null, and a problem says so. */
    private static List<Object> typed(Table table, List<String> row, List<String> problems) {
        List<Object> values = new ArrayList<>(row.size());
        for (int i = 0; i < table.columns().size(); i++) {
            String column = table.columns().get(i);
            String text = i < row.size() ? row.get(i) : "";
            DataType type = typeOf(column);
            Object value;
            if (text == null || text.isEmpty()) {
                value = null;
            } else if (type == DataTypes.IntegerType) {
                value = integer(text);
            } else if (type == MONEY) {
                value = decimal(text);
            } else {
                value = text;
            }
            if (value == null && text != null && !text.isEmpty()) {
                problems.add(table.name() + "." + column + ": " + text + " does not fit " + type.simpleString()
                    + " (row " + row + "); left empty in the table");
            }
            values.add(value);
        }
        return values;
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A money value as {@code decimal(38,10)}, exactly, or null when it does not fit. hanex writes values in plain
     * notation with no trailing zeros; the largest Korean amount its number words can spell is below 10^20
     * (9999경), an English one below 10^18, and a decimal part has the digits written plus two for a
     * {@code 센트} amount, so 28 integer and 10 fraction digits hold every amount a text writes, with 8 digits of
     * headroom for sums over a corpus ({@code sum()} keeps the scale and overflows at 10^28).
     */
    static BigDecimal decimal(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (value.scale() > MONEY_SCALE || value.precision() - value.scale() > MONEY_PRECISION - MONEY_SCALE) {
            return null;
        }
        return value.setScale(MONEY_SCALE);
    }
}
